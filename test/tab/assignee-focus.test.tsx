/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { AssessmentPerson } from '../../tab/src/api/types';
import { AssigneeSelect } from '../../tab/src/pages/assessment/AssigneeSelect';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const PEOPLE: AssessmentPerson[] = [
  { id: 'p-nurse', displayName: 'Sam Okafor', jobTitle: 'Nurse', roles: ['contributor'] },
  { id: 'p-psych', displayName: 'Ada Kaur', jobTitle: '', roles: ['contributor'] },
];

/** The select as a page holds it: the chosen person is kept by the page once the API has saved it. */
function Assignee({ onAssign }: { onAssign: (personId: string | null) => Promise<void> }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <AssigneeSelect
      label="Who works on standard 1.1"
      people={PEOPLE}
      value={value}
      onAssign={async (personId) => {
        await onAssign(personId);
        setValue(personId);
      }}
    />
  );
}

describe('Choosing who works on a standard', () => {
  it('moves the focus to what the choice did once it is saved, not to the page body', async () => {
    renderWithApp(<Assignee onAssign={async () => undefined} />, {}, me());
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who works on standard 1.1' }), 'p-nurse');
    const notice = await screen.findByTestId('action-notice');
    await waitFor(() => expect(notice.textContent).toBe('Assigned to Sam Okafor.'));
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('moves the focus to the reason when the choice is refused', async () => {
    const refuse = async () => {
      throw new ApiProblemError({
        type: 't',
        title: 'Forbidden',
        status: 403,
        code: 'forbidden',
        detail: 'Only the service lead assigns standards.',
      });
    };
    renderWithApp(<Assignee onAssign={refuse} />, {}, me());
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who works on standard 1.1' }), 'p-psych');
    const notice = await screen.findByTestId('action-notice');
    await waitFor(() => expect(notice.textContent).toBe('Only the service lead assigns standards.'));
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });
});
