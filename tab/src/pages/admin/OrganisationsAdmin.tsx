import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { Organisation } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { AdminForm } from './AdminForm';
import { AdminTable, EditButton } from './AdminTable';
import { EditableList } from './EditableList';
import { TextField } from './TextField';
import { useItemEditing } from './use-item-editing';
import { textFieldProblems, ORGANISATION_TEXT_FIELDS } from '../../../../src/domain/text-field-rules';
import { useItemForm, type ItemFormProps } from './use-item-form';

function OrganisationForm({ initial, onDone }: ItemFormProps<Organisation>) {
  const { api } = useApp();
  const [name, setName] = useState(initial?.name ?? '');
  const [shortName, setShortName] = useState(initial?.shortName ?? '');
  const [tenantId, setTenantId] = useState(initial?.tenantId ?? '');
  const form = useItemForm({
    initial,
    onDone,
    addTitle: 'Add an organisation',
    nameOf: (o) => o.name,
    save: (target) =>
      api.saveOrganisation({ ...target, name, shortName, tenantId: tenantId.trim() === '' ? null : tenantId.trim() }),
    savedNotice: (o) => `${o.name} is saved.`,
    problems: () => textFieldProblems(ORGANISATION_TEXT_FIELDS, { name, shortName, tenantId }),
  });
  return (
    <AdminForm {...form.formProps}>
      <TextField label="Name" required value={name} onChange={setName} error={form.fieldErrors['name']} />
      <TextField
        label="Short name"
        required
        hint="For example KCH or SLaM."
        value={shortName}
        onChange={setShortName}
        error={form.fieldErrors['shortName']}
      />
      <TextField
        label="Microsoft 365 tenant id"
        hint="The tenant its people sign in from, once known."
        value={tenantId}
        onChange={setTenantId}
        error={form.fieldErrors['tenantId']}
      />
    </AdminForm>
  );
}

export function OrganisationsAdmin() {
  const { api } = useApp();
  const list = useLoad(() => api.organisations(), 'organisations');
  const editing = useItemEditing<Organisation>(list.reload);
  return (
    <LoadView state={list} onRetry={list.reload}>
      {(organisations) => (
        <EditableList
          editing={editing}
          addLabel="Add an organisation"
          form={(initial, onDone) => <OrganisationForm initial={initial} onDone={onDone} />}
        >
          <AdminTable
            label="Member organisations"
            rows={organisations}
            columns={[
              { header: 'Name', cell: (o) => o.name },
              { header: 'Short name', cell: (o) => o.shortName },
              { header: 'Tenant', cell: (o) => o.tenantId ?? 'Not known yet' },
            ]}
            change={(o) => <EditButton name={o.name} onClick={() => editing.edit(o)} />}
          />
        </EditableList>
      )}
    </LoadView>
  );
}
