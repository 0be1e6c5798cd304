import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { Person } from '../../api/types';
import { GUEST_STATE_LABELS, guestState } from '../../../../src/domain/guest-invitation';
import { ROLE_LABELS } from '../../../../src/domain/labels';
import { LoadView } from '../../ui/LoadView';
import { AdminTable, EditButton } from './AdminTable';
import { EditableList } from './EditableList';
import { GuestInviteForm } from './GuestInviteForm';
import { PersonForm } from './PersonForm';
import { RolesPanel } from './RolesPanel';
import { useItemEditing } from './use-item-editing';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  guestBar: { marginBottom: tokens.spacingVerticalM },
});

/** Whether the person can sign in yet: guests wait for their invitation to be accepted. */
function signInState(person: Person): string {
  const state = guestState(person);
  if (state) return GUEST_STATE_LABELS[state];
  return person.tenantId ? 'Signed in' : 'Not signed in yet';
}

export function PeopleAdmin() {
  const styles = useStyles();
  const { api } = useApp();
  const data = useLoad(async () => {
    const [people, roles, organisations, services] = await Promise.all([
      api.people(),
      api.roleAssignments(),
      api.organisations(),
      api.services(),
    ]);
    return { people, roles, organisations, services };
  }, 'people');
  const editing = useItemEditing<Person>(data.reload);
  const [rolesOf, setRolesOf] = useState<string | null>(null);
  const [invitingGuest, setInvitingGuest] = useState(false);
  const resend = async (person: Person) => {
    try {
      const sent = await api.resendInvitation(person.id, person.version);
      editing.setNotice(`Invitation sent again to ${sent.displayName} at ${sent.email}.`);
      data.reload();
    } catch (error) {
      editing.setNotice(messageOf(error));
    }
  };
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ people, roles, organisations, services }) => {
        const orgName = new Map(organisations.map((o) => [o.id, o.shortName || o.name]));
        const chosen = people.find((p) => p.id === rolesOf);
        return (
          <>
            <div className={styles.guestBar}>
              {/* One form at a time: the person form and this one share the form heading's place. */}
              {invitingGuest && editing.editing === null ? (
                <GuestInviteForm
                  onDone={(notice) => {
                    setInvitingGuest(false);
                    if (notice) {
                      editing.setNotice(notice);
                      data.reload();
                    }
                  }}
                />
              ) : (
                <Button
                  onClick={() => {
                    editing.close(null);
                    setInvitingGuest(true);
                  }}
                >
                  Invite an expert by experience
                </Button>
              )}
            </div>
            <EditableList
              editing={editing}
              addLabel="Invite a person"
              form={(initial, onDone) => <PersonForm initial={initial} onDone={onDone} organisations={organisations} />}
              below={
                chosen ? (
                  <RolesPanel
                    key={chosen.id}
                    person={chosen}
                    roles={roles.filter((r) => r.personId === chosen.id)}
                    organisations={organisations}
                    services={services}
                    onChanged={(text) => {
                      editing.setNotice(text);
                      data.reload();
                    }}
                  />
                ) : null
              }
            >
              <AdminTable
                label="People in the network"
                rows={people}
                columns={[
                  { header: 'Name', cell: (p) => p.displayName },
                  { header: 'E-mail', cell: (p) => p.email },
                  {
                    header: 'Organisation',
                    cell: (p) =>
                      p.organisationId ? (orgName.get(p.organisationId) ?? p.organisationId) : 'Network team',
                  },
                  { header: 'Sign-in', cell: (p) => signInState(p) },
                  {
                    header: 'Roles',
                    cell: (p) =>
                      [...new Set(roles.filter((r) => r.personId === p.id).map((r) => ROLE_LABELS[r.role]))].join(
                        ', ',
                      ) || 'None',
                  },
                ]}
                change={(p) => (
                  <span className={styles.actions}>
                    <EditButton name={p.displayName} onClick={() => editing.edit(p)} />
                    <Button size="small" onClick={() => setRolesOf(p.id)} aria-label={`Roles of ${p.displayName}`}>
                      Roles
                    </Button>
                    {guestState(p) === 'invitation_sent' ? (
                      <Button
                        size="small"
                        onClick={() => void resend(p)}
                        aria-label={`Re-send the invitation to ${p.displayName}`}
                      >
                        Re-send invitation
                      </Button>
                    ) : null}
                  </span>
                )}
              />
            </EditableList>
          </>
        );
      }}
    </LoadView>
  );
}
