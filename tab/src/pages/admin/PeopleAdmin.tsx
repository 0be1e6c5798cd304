import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Person } from '../../api/types';
import { ROLE_LABELS } from '../../ui/labels';
import { LoadView } from '../../ui/LoadView';
import { PersonForm } from './PersonForm';
import { RolesPanel } from './RolesPanel';
import { AddButton } from './AddButton';
import { SectionNotice } from './SectionNotice';

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
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [rolesOf, setRolesOf] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ people, roles, organisations, services }) => {
        const orgName = new Map(organisations.map((o) => [o.id, o.shortName || o.name]));
        const chosen = people.find((p) => p.id === rolesOf);
        return (
          <>
            <SectionNotice text={notice} />
            <AddButton label="Invite a person" onClick={() => setEditing('new')} />
            <Table aria-label="People in the network">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>E-mail</TableHeaderCell>
                  <TableHeaderCell>Organisation</TableHeaderCell>
                  <TableHeaderCell>Roles</TableHeaderCell>
                  <TableHeaderCell>Change</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.displayName}</TableCell>
                    <TableCell>{p.email}</TableCell>
                    <TableCell>
                      {p.organisationId ? (orgName.get(p.organisationId) ?? p.organisationId) : 'Network team'}
                    </TableCell>
                    <TableCell>
                      {[...new Set(roles.filter((r) => r.personId === p.id).map((r) => ROLE_LABELS[r.role]))].join(
                        ', ',
                      ) || 'None'}
                    </TableCell>
                    <TableCell>
                      <span className={styles.actions}>
                        <Button size="small" onClick={() => setEditing(p)} aria-label={`Edit ${p.displayName}`}>
                          Edit
                        </Button>
                        <Button size="small" onClick={() => setRolesOf(p.id)} aria-label={`Roles of ${p.displayName}`}>
                          Roles
                        </Button>
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {editing ? (
              <PersonForm
                key={editing === 'new' ? 'new' : editing.id}
                initial={editing === 'new' ? null : editing}
                organisations={organisations}
                onDone={(saved) => {
                  setEditing(null);
                  setNotice(saved);
                  if (saved) data.reload();
                }}
              />
            ) : null}
            {chosen ? (
              <RolesPanel
                key={chosen.id}
                person={chosen}
                roles={roles.filter((r) => r.personId === chosen.id)}
                organisations={organisations}
                services={services}
                onChanged={(text) => {
                  setNotice(text);
                  data.reload();
                }}
              />
            ) : null}
          </>
        );
      }}
    </LoadView>
  );
}
