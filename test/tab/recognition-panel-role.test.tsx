/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import type { AssignRoleRequest, Person, RoleAssignment } from '../../tab/src/api/types';
import { RolesPanel } from '../../tab/src/pages/admin/RolesPanel';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const PERSON: Person = {
  id: 'p-ruth',
  version: 1,
  displayName: 'Dr Ruth Adeyemi',
  email: 'ruth@network.example',
  organisationId: null,
  jobTitle: 'Chair of the recognition panel',
  profession: 'management',
  tenantId: null,
  objectId: null,
};

describe('People admin: the recognition panel', () => {
  it('gives the recognition panel role across the network, with no organisation or service to pick', async () => {
    const sent: AssignRoleRequest[] = [];
    const api: Partial<Api> = {
      assignRole: jest.fn(async (body: AssignRoleRequest): Promise<RoleAssignment> => {
        sent.push(body);
        return { id: 'ra-1', version: 1, personId: body.personId, role: body.role, scope: { kind: 'network' } };
      }),
    };
    renderWithApp(
      <RolesPanel person={PERSON} roles={[]} organisations={[]} services={[]} onChanged={jest.fn()} />,
      api,
      me(),
    );
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'recognition_panel' } });
    expect(screen.queryByLabelText(/Organisation|Service/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Give the role' }));
    await screen.findByText('Role given.');
    expect(sent).toEqual([{ personId: 'p-ruth', role: 'recognition_panel', scope: { kind: 'network' } }]);
  });
});
