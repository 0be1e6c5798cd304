/** @jest-environment jsdom */
import './tab-test-env';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { ConnectionStatus } from '../../tab/src/api/connection-status';
import { configurationFor } from '../../tab/src/pages/config/TabConfigPage';
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
});
