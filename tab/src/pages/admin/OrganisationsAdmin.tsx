import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Organisation } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { AdminForm } from './AdminForm';
import { AddButton } from './AddButton';
import { SectionNotice } from './SectionNotice';
import { TextField } from './TextField';
import { useSubmit } from './use-submit';

function OrganisationForm({
  initial,
  onDone,
}: {
  initial: Organisation | null;
  onDone: (notice: string | null) => void;
}) {
  const { api } = useApp();
  const submit = useSubmit();
  const [name, setName] = useState(initial?.name ?? '');
  const [shortName, setShortName] = useState(initial?.shortName ?? '');
  const [tenantId, setTenantId] = useState(initial?.tenantId ?? '');
  const save = async () => {
    const saved = await submit.run(
      () =>
        api.saveOrganisation({
          ...(initial ? { id: initial.id } : {}),
          name,
          shortName,
          tenantId: tenantId.trim() === '' ? null : tenantId.trim(),
          version: initial?.version ?? 0,
        }),
      (o) => `${o.name} is saved.`,
    );
    if (saved) onDone(`${saved.name} is saved.`);
  };
  return (
    <AdminForm
      title={initial ? `Edit ${initial.name}` : 'Add an organisation'}
      state={submit}
      onSubmit={() => void save()}
      onCancel={() => onDone(null)}
    >
      <TextField label="Name" required value={name} onChange={setName} error={submit.fieldErrors['name']} />
      <TextField
        label="Short name"
        required
        hint="For example KCH or SLaM."
        value={shortName}
        onChange={setShortName}
        error={submit.fieldErrors['shortName']}
      />
      <TextField
        label="Microsoft 365 tenant id"
        hint="The tenant its people sign in from, once known."
        value={tenantId}
        onChange={setTenantId}
        error={submit.fieldErrors['tenantId']}
      />
    </AdminForm>
  );
}

export function OrganisationsAdmin() {
  const { api } = useApp();
  const list = useLoad(() => api.organisations(), 'organisations');
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadView state={list} onRetry={list.reload}>
      {(organisations) => (
        <>
          <SectionNotice text={notice} />
          <AddButton label="Add an organisation" onClick={() => setEditing('new')} />
          <Table aria-label="Member organisations">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Short name</TableHeaderCell>
                <TableHeaderCell>Tenant</TableHeaderCell>
                <TableHeaderCell>Change</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisations.map((o) => (
                <TableRow key={o.id}>
                  <TableCell>{o.name}</TableCell>
                  <TableCell>{o.shortName}</TableCell>
                  <TableCell>{o.tenantId ?? 'Not known yet'}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setEditing(o)} aria-label={`Edit ${o.name}`}>
                      Edit
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {editing ? (
            <OrganisationForm
              key={editing === 'new' ? 'new' : editing.id}
              initial={editing === 'new' ? null : editing}
              onDone={(saved) => {
                setEditing(null);
                setNotice(saved);
                if (saved) list.reload();
              }}
            />
          ) : null}
        </>
      )}
    </LoadView>
  );
}
