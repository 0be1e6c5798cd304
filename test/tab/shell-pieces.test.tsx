/** @jest-environment jsdom */
import './tab-test-env';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { ConnectionStatus } from '../../tab/src/api/connection-status';
import userEvent from '@testing-library/user-event';
import { AppContext, type AppServices } from '../../tab/src/app/app-context';
import { RouterProvider } from '../../tab/src/app/router';
import type { Api } from '../../tab/src/api/endpoints';
import { HttpClient } from '../../tab/src/api/http-client';
import type { Service } from '../../tab/src/api/types';
import type { TabConfiguration } from '../../tab/src/host/host-info';
import { standaloneHost } from '../../tab/src/host/standalone-host';
import { configurationFor, TabConfigPage } from '../../tab/src/pages/config/TabConfigPage';
import { me } from './fixtures';
import { ConnectionBanner } from '../../tab/src/ui/ConnectionBanner';

describe('connection banner', () => {
  it('says when the service is slow or unreachable, and that edits are kept', () => {
    const status = new ConnectionStatus();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ConnectionBanner status={status} />
      </FluentProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => status.markSlow(1));
    expect(screen.getByRole('status').textContent).toMatch(/slow to answer/);
    act(() => status.settle(1, false));
    expect(screen.getByRole('status').textContent).toMatch(/cannot be reached.*kept on this device/);
    act(() => status.settle(2, true));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('channel tab configuration', () => {
  it('binds the tab to one service and opens its progress', () => {
    const config = configurationFor(
      {
        id: 'svc-slam-coast',
        version: 1,
        organisationId: 'org-slam',
        name: 'COAST early intervention service',
        description: '',
        population: '',
      },
      'https://qin.example',
    );
    expect(config).toEqual({
      entityId: 'service:svc-slam-coast',
      contentUrl: 'https://qin.example/dashboard?view=service&service=svc-slam-coast',
      websiteUrl: 'https://qin.example/dashboard?view=service&service=svc-slam-coast',
      suggestedDisplayName: 'Mind & Body: COAST early intervention service',
    });
  });

  it('saves the service chosen on the configuration page, and refuses to save before one is chosen', async () => {
    const coast: Service = {
      id: 'svc-slam-coast',
      version: 1,
      organisationId: 'org-slam',
      name: 'COAST early intervention service',
      description: '',
      population: '',
    };
    let save: () => TabConfiguration | null = () => null;
    const services: AppServices = {
      api: { services: async () => [coast] } as Partial<Api> as Api,
      http: new HttpClient({ tokens: { getToken: async () => 'token' } }),
      me: me(),
      host: {
        ...standaloneHost(window),
        tabConfig: { setValid: () => undefined, onSave: (build) => (save = build) },
      },
    };
    render(
      <FluentProvider theme={teamsLightTheme}>
        <RouterProvider>
          <AppContext.Provider value={services}>
            <TabConfigPage />
          </AppContext.Provider>
        </RouterProvider>
      </FluentProvider>,
    );
    const select = await screen.findByRole('combobox', { name: /Which service/ });
    expect(save()).toBeNull();

    await userEvent.selectOptions(select, coast.id);
    expect(screen.getByText(/the tab will open COAST early intervention service/)).toBeTruthy();
    expect(save()).toEqual(configurationFor(coast, window.location.origin));
  });
});
