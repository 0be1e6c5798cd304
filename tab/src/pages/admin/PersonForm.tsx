import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { Organisation, Person, Profession } from '../../api/types';
import { AdminForm } from './AdminForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useSubmit } from './use-submit';

const PROFESSIONS: readonly { value: Profession; label: string }[] = [
  { value: 'mental_health', label: 'Mental health' },
  { value: 'physical_health', label: 'Physical health' },
  { value: 'lived_experience', label: 'Lived experience' },
  { value: 'management', label: 'Management' },
  { value: 'other', label: 'Other' },
];

export function PersonForm({
  initial,
  organisations,
  onDone,
}: {
  initial: Person | null;
  organisations: readonly Organisation[];
  onDone: (notice: string | null) => void;
}) {
  const { api } = useApp();
  const submit = useSubmit();
  const [displayName, setDisplayName] = useState(initial?.displayName ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [organisationId, setOrganisationId] = useState(initial?.organisationId ?? '');
  const [jobTitle, setJobTitle] = useState(initial?.jobTitle ?? '');
  const [profession, setProfession] = useState<Profession>(initial?.profession ?? 'other');
  const save = async () => {
    const saved = await submit.run(
      () =>
        api.savePerson({
          ...(initial ? { id: initial.id } : {}),
          displayName,
          email,
          organisationId: organisationId === '' ? null : organisationId,
          jobTitle,
          profession,
          version: initial?.version ?? 0,
        }),
      (p) => `${p.displayName} is saved.`,
    );
    if (saved)
      onDone(initial ? `${saved.displayName} is saved.` : `${saved.displayName} is invited: they can sign in now.`);
  };
  return (
    <AdminForm
      title={initial ? `Edit ${initial.displayName}` : 'Invite a person'}
      state={submit}
      onSubmit={() => void save()}
      onCancel={() => onDone(null)}
    >
      <TextField
        label="Name"
        required
        value={displayName}
        onChange={setDisplayName}
        error={submit.fieldErrors['displayName']}
      />
      <TextField
        label="Work e-mail"
        type="email"
        required
        hint="Used to link them when they first sign in."
        value={email}
        onChange={setEmail}
        error={submit.fieldErrors['email']}
      />
      <SelectField
        label="Organisation"
        value={organisationId}
        onChange={setOrganisationId}
        placeholder="None (network team)"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={submit.fieldErrors['organisationId']}
      />
      <TextField label="Job title" value={jobTitle} onChange={setJobTitle} error={submit.fieldErrors['jobTitle']} />
      <SelectField
        label="Background"
        value={profession}
        onChange={(v) => setProfession(v as Profession)}
        options={PROFESSIONS}
        error={submit.fieldErrors['profession']}
      />
    </AdminForm>
  );
}
