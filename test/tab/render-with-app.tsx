import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppContext, type AppServices } from '../../tab/src/app/app-context';
import { RouterProvider } from '../../tab/src/app/router';
import type { Api } from '../../tab/src/api/endpoints';
import { HttpClient } from '../../tab/src/api/http-client';
import type { MeResponse } from '../../tab/src/api/types';
import type { HostInfo } from '../../tab/src/host/host-info';
import { standaloneHost } from '../../tab/src/host/standalone-host';

/** Renders a page inside the app's providers, with a fake API (only the calls the test needs). */
export function renderWithApp(ui: ReactNode, api: Partial<Api>, me: MeResponse, host: Partial<HostInfo> = {}) {
  const services: AppServices = {
    api: api as Api,
    http: new HttpClient({ tokens: { getToken: async () => 'token' } }),
    me,
    host: { ...standaloneHost(window), locale: 'en-GB', ...host },
  };
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <RouterProvider>
        <AppContext.Provider value={services}>{ui}</AppContext.Provider>
      </RouterProvider>
    </FluentProvider>,
  );
}
