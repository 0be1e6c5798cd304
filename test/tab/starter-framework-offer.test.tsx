/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { FrameworkSummary, StarterFrameworkOffer } from '../../tab/src/api/types';
import { FrameworksAdmin } from '../../tab/src/pages/admin/FrameworksAdmin';
import { FRAMEWORK, me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ADMIN = me([{ id: 'r', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }]);

const OFFER: StarterFrameworkOffer = {
  name: 'Mind & Body QIN framework v1 (illustrative)',
  themeCount: 5,
  standardCount: 29,
  illustrative: true,
  start: { allowed: true },
};
const REFUSED: StarterFrameworkOffer = {
  ...OFFER,
  start: { allowed: false, reason: 'The network already has a framework.' },
};
const STARTED: FrameworkSummary = {
  id: 'fw-starter',
  key: 'mind-body-qin',
  name: OFFER.name,
  versionNumber: 1,
  status: 'draft',
  illustrative: true,
  standardCount: 29,
};

describe('A network starting from nothing', () => {
  it('offers the empty network’s admin the starter framework, imports it as a draft, then offers it no more', async () => {
    let frameworks: FrameworkSummary[] = [];
    const startFromStarterFramework = jest.fn(async () => {
      frameworks = [STARTED];
      return { ...FRAMEWORK, name: OFFER.name, status: 'draft' as const };
    });
    const api: Partial<Api> = {
      frameworks: async () => frameworks,
      starterFramework: async () => (frameworks.length === 0 ? OFFER : REFUSED),
      startFromStarterFramework,
    };
    renderWithApp(<FrameworksAdmin />, api, ADMIN);
    const user = userEvent.setup();

    const offer = await screen.findByRole('region', { name: 'Start with a framework' });
    expect(offer.textContent).toContain('The network has no framework yet');
    expect(offer.textContent).toContain('5 themes and 29 standards');
    expect(offer.textContent).toContain('import it below');
    expect(screen.getByRole('heading', { name: 'Import a framework' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start from the starter framework' }));
    await waitFor(() => expect(startFromStarterFramework).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(/is imported as a draft\. Read it through, then publish it to use it in a cycle/),
    ).toBeTruthy();
    expect(await screen.findByRole('button', { name: `Publish ${OFFER.name} version 1` })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Start with a framework' })).toBeNull());
  });

  it('offers nothing when the API says the network already has a framework', async () => {
    const api: Partial<Api> = {
      frameworks: async () => [{ ...STARTED, status: 'published' }],
      starterFramework: async () => REFUSED,
    };
    renderWithApp(<FrameworksAdmin />, api, ADMIN);
    expect(await screen.findByRole('table', { name: 'Framework versions' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Start with a framework' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start from the starter framework' })).toBeNull();
  });
});
