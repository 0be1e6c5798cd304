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
import type { Organisation, Service } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { AdminForm } from './AdminForm';
import { AddButton } from './AddButton';
import { SectionNotice } from './SectionNotice';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useSubmit } from './use-submit';

function ServiceForm({
  initial,
  organisations,
  onDone,
}: {
  initial: Service | null;
  organisations: readonly Organisation[];
  onDone: (notice: string | null) => void;
}) {
  const { api } = useApp();
  const submit = useSubmit();
  const [organisationId, setOrganisationId] = useState(initial?.organisationId ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [population, setPopulation] = useState(initial?.population ?? '');
  const save = async () => {
    const saved = await submit.run(
      () =>
        api.saveService({
          ...(initial ? { id: initial.id } : {}),
          organisationId,
          name,
          description,
          population,
          version: initial?.version ?? 0,
        }),
      (s) => `${s.name} is saved.`,
    );
    if (saved) onDone(`${saved.name} is saved.`);
  };
  return (
    <AdminForm
      title={initial ? `Edit ${initial.name}` : 'Add a service'}
      state={submit}
      onSubmit={() => void save()}
      onCancel={() => onDone(null)}
    >
      <SelectField
        label="Organisation"
        required
        value={organisationId}
        onChange={setOrganisationId}
        placeholder="Choose the organisation"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={submit.fieldErrors['organisationId']}
      />
      <TextField label="Name" required value={name} onChange={setName} error={submit.fieldErrors['name']} />
      <TextField
        label="What the service does"
        multiline
        value={description}
        onChange={setDescription}
        error={submit.fieldErrors['description']}
      />
      <TextField
        label="The local population it serves"
        multiline
        value={population}
        onChange={setPopulation}
        error={submit.fieldErrors['population']}
      />
    </AdminForm>
  );
}

export function ServicesAdmin() {
  const { api } = useApp();
  const data = useLoad(async () => {
    const [services, organisations] = await Promise.all([api.services(), api.organisations()]);
    return { services, organisations };
  }, 'services');
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ services, organisations }) => {
        const orgName = new Map(organisations.map((o) => [o.id, o.shortName || o.name]));
        return (
          <>
            <SectionNotice text={notice} />
            <AddButton label="Add a service" onClick={() => setEditing('new')} />
            <Table aria-label="Services">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Service</TableHeaderCell>
                  <TableHeaderCell>Organisation</TableHeaderCell>
                  <TableHeaderCell>What it does</TableHeaderCell>
                  <TableHeaderCell>Change</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {services.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{s.name}</TableCell>
                    <TableCell>{orgName.get(s.organisationId) ?? s.organisationId}</TableCell>
                    <TableCell>{s.description}</TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>
                        Edit
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {editing ? (
              <ServiceForm
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
          </>
        );
      }}
    </LoadView>
  );
}
