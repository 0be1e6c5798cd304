import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { Organisation, Person, Profession } from '../../api/types';
import { AdminForm } from './AdminForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { textFieldProblems, PERSON_TEXT_FIELDS } from '../../../../src/domain/text-field-rules';
import { useItemForm, type ItemFormProps } from './use-item-form';

const PROFESSIONS: readonly { value: Profession; label: string }[] = [
  { value: 'mental_health', label: 'Mental health' },
  { value: 'physical_health', label: 'Physical health' },
  { value: 'lived_experience', label: 'Lived experience' },
  { value: 'management', label: 'Management' },
  { value: 'other', label: 'Other' },
];

export function PersonForm({
  initial,
  onDone,
  organisations,
}: ItemFormProps<Person> & { organisations: readonly Organisation[] }) {
  const { api } = useApp();
  const [displayName, setDisplayName] = useState(initial?.displayName ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [organisationId, setOrganisationId] = useState(initial?.organisationId ?? '');
  const [jobTitle, setJobTitle] = useState(initial?.jobTitle ?? '');
  const [profession, setProfession] = useState<Profession>(initial?.profession ?? 'other');
  const form = useItemForm({
    initial,
    onDone,
    addTitle: 'Invite a person',
    nameOf: (p) => p.displayName,
    save: (target) =>
      api.savePerson({
        ...target,
        displayName,
        email,
        organisationId: organisationId === '' ? null : organisationId,
        jobTitle,
        profession,
      }),
    // A new person is invited by being saved: say they can sign in.
    savedNotice: (p) => (initial ? `${p.displayName} is saved.` : `${p.displayName} is invited: they can sign in now.`),
    problems: () => textFieldProblems(PERSON_TEXT_FIELDS, { displayName, email, jobTitle }),
  });
  return (
    <AdminForm {...form.formProps}>
      <TextField
        label="Name"
        required
        value={displayName}
        onChange={setDisplayName}
        error={form.fieldErrors['displayName']}
      />
      <TextField
        label="Work e-mail"
        type="email"
        required
        hint="Used to link them when they first sign in."
        value={email}
        onChange={setEmail}
        error={form.fieldErrors['email']}
      />
      <SelectField
        label="Organisation"
        value={organisationId}
        onChange={setOrganisationId}
        placeholder="None (network team)"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={form.fieldErrors['organisationId']}
      />
      <TextField label="Job title" value={jobTitle} onChange={setJobTitle} error={form.fieldErrors['jobTitle']} />
      <SelectField
        label="Background"
        value={profession}
        onChange={(v) => setProfession(v as Profession)}
        options={PROFESSIONS}
        error={form.fieldErrors['profession']}
      />
    </AdminForm>
  );
}
