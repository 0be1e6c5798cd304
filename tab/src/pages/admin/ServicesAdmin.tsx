import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Organisation, Service } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { AdminForm } from './AdminForm';
import { AdminTable, EditButton } from './AdminTable';
import { EditableList } from './EditableList';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useItemEditing } from './use-item-editing';
import { textFieldProblems, SERVICE_TEXT_FIELDS } from '../../../../src/domain/text-field-rules';
import { useItemForm, type ItemFormProps } from './use-item-form';

function ServiceForm({
  initial,
  onDone,
  organisations,
}: ItemFormProps<Service> & { organisations: readonly Organisation[] }) {
  const { api } = useApp();
  const [organisationId, setOrganisationId] = useState(initial?.organisationId ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [population, setPopulation] = useState(initial?.population ?? '');
  const form = useItemForm({
    initial,
    onDone,
    addTitle: 'Add a service',
    nameOf: (s) => s.name,
    save: (target) => api.saveService({ ...target, organisationId, name, description, population }),
    savedNotice: (s) => `${s.name} is saved.`,
    problems: () => ({
      ...textFieldProblems(SERVICE_TEXT_FIELDS, { name, description, population }),
      ...(organisationId === '' ? { organisationId: 'Choose the organisation that runs the service.' } : {}),
    }),
  });
  return (
    <AdminForm {...form.formProps}>
      <SelectField
        label="Organisation"
        required
        value={organisationId}
        onChange={setOrganisationId}
        placeholder="Choose the organisation"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={form.fieldErrors['organisationId']}
      />
      <TextField label="Name" required value={name} onChange={setName} error={form.fieldErrors['name']} />
      <TextField
        label="What the service does"
        multiline
        value={description}
        onChange={setDescription}
        error={form.fieldErrors['description']}
      />
      <TextField
        label="The local population it serves"
        multiline
        value={population}
        onChange={setPopulation}
        error={form.fieldErrors['population']}
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
  const editing = useItemEditing<Service>(data.reload);
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ services, organisations }) => {
        const orgName = new Map(organisations.map((o) => [o.id, o.shortName || o.name]));
        return (
          <EditableList
            editing={editing}
            addLabel="Add a service"
            form={(initial, onDone) => <ServiceForm initial={initial} onDone={onDone} organisations={organisations} />}
          >
            <AdminTable
              label="Services"
              rows={services}
              columns={[
                { header: 'Service', cell: (s) => s.name },
                { header: 'Organisation', cell: (s) => orgName.get(s.organisationId) ?? s.organisationId },
                { header: 'What it does', cell: (s) => s.description },
              ]}
              change={(s) => <EditButton name={s.name} onClick={() => editing.edit(s)} />}
            />
          </EditableList>
        );
      }}
    </LoadView>
  );
}
