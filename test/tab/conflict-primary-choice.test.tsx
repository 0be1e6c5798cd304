/** @jest-environment jsdom */
import './tab-test-env';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictPanel } from '../../tab/src/pages/assessment/ConflictPanel';
import type { ConflictChoice } from '../../tab/src/pages/shared/autosave/autosave-drafts';
import type { ResponseFields } from '../../tab/src/pages/assessment/response-fields';
import { response } from './fixtures';

function showConflict(mine: ResponseFields, theirs: ReturnType<typeof response>) {
  const onChoose = jest.fn<void, [ConflictChoice]>();
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ConflictPanel code="1.2" mine={mine} theirs={theirs} theirName="Sophie Clarke" onChoose={onChoose} />
    </FluentProvider>,
  );
  const buttons = screen.getAllByRole('button');
  return { onChoose, first: buttons[0] };
}

const EMPTY: ResponseFields = { rating: 'met', naReason: '', narrative: '', evidenceIds: [] };

describe('The conflict panel of a self-assessment response', () => {
  it("offers to combine first when one's own narrative is empty, so the other person's text is kept", async () => {
    const { onChoose, first } = showConflict(
      EMPTY,
      response('1.2', { version: 2, rating: 'partly_met', narrative: 'Sophie wrote this', updatedBy: 'p-sophie' }),
    );
    expect(first?.textContent).toBe('Combine both and edit');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Combine both and edit' }));
    expect(onChoose).toHaveBeenCalledWith('combine');
  });

  it("offers to combine first when the other person gave the reason for not applicable and one's own has none", () => {
    const { first } = showConflict(
      { ...EMPTY, rating: 'not_applicable', narrative: 'Mine' },
      response('1.2', { version: 2, rating: 'not_applicable', naReason: 'No inpatients', narrative: 'Mine' }),
    );
    expect(first?.textContent).toBe('Combine both and edit');
  });

  it("offers one's own version first when both people wrote something", () => {
    const { first } = showConflict(
      { ...EMPTY, narrative: 'I wrote this' },
      response('1.2', { version: 2, narrative: 'Sophie wrote this' }),
    );
    expect(first?.textContent).toBe('Keep my version');
  });
});
