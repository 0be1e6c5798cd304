/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { FrameworkSummary } from '../../tab/src/api/types';
import { FrameworksAdmin } from '../../tab/src/pages/admin/FrameworksAdmin';
import { FRAMEWORK, me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ADMIN = me([{ id: 'r', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }]);

const DRAFT: FrameworkSummary = {
  id: 'fw-2',
  key: 'mb',
  name: 'Mind and body',
  versionNumber: 2,
  status: 'draft',
  illustrative: false,
  standardCount: 42,
};

describe('Publishing a framework version', () => {
  it('says what publishing does and publishes only once confirmed', async () => {
    const publishFramework = jest.fn(async () => FRAMEWORK);
    const api: Partial<Api> = {
      frameworks: async () => [DRAFT],
      framework: async () => FRAMEWORK,
      publishFramework,
      starterFramework: async () => ({
        name: 'Starter',
        themeCount: 5,
        standardCount: 29,
        illustrative: true,
        start: { allowed: false, reason: 'The network already has a framework.' },
      }),
    };
    renderWithApp(<FrameworksAdmin />, api, ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publish Mind and body version 2' }));
    const confirm = screen.getByTestId('confirm-action');
    expect(within(confirm).getByText('Publish Mind and body version 2?')).toBeTruthy();
    expect(confirm.textContent).toContain('Its 42 standards become fixed: a published version can never be edited');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(publishFramework).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'Publish it' }));
    await waitFor(() => expect(publishFramework).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Mind and body version 2 is published: cycles can use it now.')).toBeTruthy();
  });
});
