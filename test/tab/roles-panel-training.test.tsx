/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import type { AssignRoleRequest, Person, RoleAssignment } from '../../tab/src/api/types';
import { RolesPanel } from '../../tab/src/pages/admin/RolesPanel';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const PERSON: Person = {
  id: 'p-aisha',
  version: 1,
  displayName: "Aisha O'Neill",
  email: 'aisha@kch.example',
  organisationId: 'org-kch',
  jobTitle: 'Consultant physiotherapist',
  profession: 'physical_health',
  tenantId: null,
  objectId: null,
};

describe('People admin: recording reviewer training', () => {
  it('gives a reviewer role to the whole network with the date the person was trained', async () => {
    const sent: AssignRoleRequest[] = [];
    const api: Partial<Api> = {
      assignRole: jest.fn(async (body: AssignRoleRequest): Promise<RoleAssignment> => {
        sent.push(body);
        return {
          id: 'ra-1',
          version: 1,
          personId: body.personId,
          role: body.role,
          scope: { kind: 'network' },
          trainedOn: '2026-11-20',
        };
      }),
    };
    const onChanged = jest.fn();
    renderWithApp(
      <RolesPanel person={PERSON} roles={[]} organisations={[]} services={[]} onChanged={onChanged} />,
      api,
      me(),
    );
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'peer_reviewer' } });
    fireEvent.change(screen.getByLabelText(/Date trained/), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Give the role' }));
    await screen.findByText('Role given.');
    expect(sent).toEqual([
      { personId: 'p-aisha', role: 'peer_reviewer', scope: { kind: 'network' }, trainedOn: '2026-11-20' },
    ]);
    expect(onChanged).toHaveBeenCalledWith("Aisha O'Neill is a trained peer reviewer, trained on 20 November 2026.");
  });

  it('does not ask for a date of training for other roles', () => {
    renderWithApp(
      <RolesPanel person={PERSON} roles={[]} organisations={[]} services={[]} onChanged={jest.fn()} />,
      {},
      me(),
    );
    expect(screen.queryByLabelText(/Date trained/)).toBeNull();
  });
});
