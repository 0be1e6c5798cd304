import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Person } from '../../api/types';
import { ROLE_LABELS } from '../../../../src/domain/labels';
import { LoadView } from '../../ui/LoadView';
import { AdminTable, EditButton } from './AdminTable';
import { EditableList } from './EditableList';
import { PersonForm } from './PersonForm';
import { RolesPanel } from './RolesPanel';
import { useItemEditing } from './use-item-editing';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

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
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ people, roles, organisations, services }) => {
        const orgName = new Map(organisations.map((o) => [o.id, o.shortName || o.name]));
        const chosen = people.find((p) => p.id === rolesOf);
        return (
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
                {
                  header: 'Roles',
                  cell: (p) =>
                    [...new Set(roles.filter((r) => r.personId === p.id).map((r) => ROLE_LABELS[r.role]))].join(', ') ||
                    'None',
                },
              ]}
              change={(p) => (
                <span className={styles.actions}>
                  <EditButton name={p.displayName} onClick={() => editing.edit(p)} />
                  <Button size="small" onClick={() => setRolesOf(p.id)} aria-label={`Roles of ${p.displayName}`}>
                    Roles
                  </Button>
                </span>
              )}
            />
          </EditableList>
        );
      }}
    </LoadView>
  );
}
