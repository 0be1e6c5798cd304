/** @jest-environment jsdom */
import './tab-test-env';
import { screen } from '@testing-library/react';
import { AdminPage } from '../../tab/src/pages/admin/AdminPage';
import { availableViews, defaultView } from '../../tab/src/pages/dashboard/dashboard-scope';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

// Roles that would once have decided these in the tab; now only the API's answer counts.
const ADMIN_BY_ROLE = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'network_admin', scope: { kind: 'network' } },
]);

describe('what the tab offers network-wide comes from GET /me', () => {
  it('shows the admin pages as refused, with the reason the API gave, whatever the roles say', async () => {
    renderWithApp(<AdminPage section="organisations" />, {}, ADMIN_BY_ROLE);
    expect(
      await screen.findByText(
        'You are not allowed to change organisations, services, people or roles. Your roles in the network do not include this.',
      ),
    ).toBeTruthy();
  });

  it('offers the organisation and network views only when the API puts them in view', () => {
    const reviewer = me([], {
      allowed: {
        administer: { allowed: false, reason: 'No.' },
        see_network_benchmarks: { allowed: false, reason: 'You are not allowed to see network benchmarks.' },
        declare_conflict: { allowed: false, reason: 'No.' },
        record_time_and_expenses: { allowed: false, reason: 'You are not allowed to record time and expenses.' },
        manage_time_and_expenses: { allowed: false, reason: 'You are not allowed to approve, pay or export.' },
        read_library: { allowed: true },
      },
    });
    expect(availableViews(reviewer)).toEqual(['service']);
    const orgLead = me([], { organisationsInView: ['org-1'] });
    const views = availableViews(orgLead);
    expect(views).toEqual(['service', 'organisation', 'network']);
    expect(defaultView(orgLead, views)).toBe('organisation');
  });
});
