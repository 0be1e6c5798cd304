import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { Person } from '../../api/types';
import { AdminForm } from './AdminForm';
import { TextField } from './TextField';
import { textFieldProblems, GUEST_TEXT_FIELDS } from '../../../../src/domain/text-field-rules';
import { useSubmit } from './use-submit';

/**
 * Invites an expert by experience who has no trust account: Microsoft sends them an invitation to the host
 * trust's tenant, and they sign in as its guest.
 */
export function GuestInviteForm({ onDone }: { onDone: (notice: string | null) => void }) {
  const { api } = useApp();
  const submit = useSubmit();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const invite = async () => {
    const problems = textFieldProblems(GUEST_TEXT_FIELDS, { displayName, email });
    if (Object.keys(problems).length > 0) {
      submit.showProblems(problems);
      return;
    }
    const invited: Person | null = await submit.run(
      () => api.inviteGuest({ displayName, email }),
      (p) => `Invitation sent to ${p.displayName}.`,
    );
    if (invited) {
      onDone(
        `Invitation sent to ${invited.displayName} at ${invited.email}. They show as "Invitation sent, not accepted yet" until they first sign in.`,
      );
    }
  };
  return (
    <AdminForm
      title="Invite an expert by experience"
      state={submit}
      onSubmit={() => void invite()}
      onCancel={() => onDone(null)}
      submitLabel="Send invitation"
    >
      <TextField
        label="Name"
        required
        value={displayName}
        onChange={setDisplayName}
        error={submit.fieldErrors['displayName']}
      />
      <TextField
        label="E-mail"
        type="email"
        required
        hint="Any e-mail address they use: Microsoft sends the invitation there. They do not need an NHS account."
        value={email}
        onChange={setEmail}
        error={submit.fieldErrors['email']}
      />
    </AdminForm>
  );
}
