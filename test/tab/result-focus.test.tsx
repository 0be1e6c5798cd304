/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { Organisation } from '../../tab/src/api/types';
import { OrganisationsAdmin } from '../../tab/src/pages/admin/OrganisationsAdmin';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ADMIN = me([{ id: 'r', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }]);

function organisation(name: string): Organisation {
  return { id: `org-${name}`, version: 1, name, shortName: name.slice(0, 3), tenantId: null };
}

describe('Focus after an action', () => {
  it('lands on the notice that says what a save did, not on the page body', async () => {
    const api: Partial<Api> = {
      organisations: async () => [organisation('Kent')],
      saveOrganisation: async (body) => organisation(body.name),
    };
    renderWithApp(<OrganisationsAdmin />, api, ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Surrey');
    await user.type(screen.getByRole('textbox', { name: /^Short name/ }), 'SUR');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const notice = await screen.findByText('Surrey is saved.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('section-notice')));
    expect(screen.getByTestId('section-notice').contains(notice)).toBe(true);
  });

  it('lands on the message that says why a save was refused', async () => {
    const api: Partial<Api> = {
      organisations: async () => [],
      saveOrganisation: async () => {
        const { ApiProblemError } = await import('../../tab/src/api/errors');
        throw new ApiProblemError({
          type: 't',
          title: 'Refused',
          status: 409,
          detail: 'Another organisation already has the short name SUR.',
          code: 'conflict',
        });
      },
    };
    renderWithApp(<OrganisationsAdmin />, api, ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Surrey');
    await user.type(screen.getByRole('textbox', { name: /^Short name/ }), 'SUR');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Another organisation already has the short name SUR.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('form-outcome')));
  });

  it('goes back to the button that opened a form when the form is cancelled', async () => {
    renderWithApp(<OrganisationsAdmin />, { organisations: async () => [] }, ADMIN);
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add an organisation' });
    await user.click(add);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(add));
  });
});

describe('Checks in the browser before the API', () => {
  it('shows every problem of the organisation form at once, in the words the API uses, and sends nothing', async () => {
    const saveOrganisation = jest.fn();
    renderWithApp(<OrganisationsAdmin />, { organisations: async () => [], saveOrganisation }, ADMIN);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByRole('textbox', { name: /^Microsoft 365 tenant id/ }), 'not-a-tenant');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('form-outcome').textContent).toBe(
      '3 fields need correcting (marked below). Nothing has been saved yet.',
    );
    expect(screen.getByText("Enter the organisation's name.")).toBeTruthy();
    expect(screen.getByText('Enter a short name.')).toBeTruthy();
    expect(screen.getByText(/^Enter the tenant id as Microsoft 365 shows it/)).toBeTruthy();
    expect(saveOrganisation).not.toHaveBeenCalled();
  });
});
