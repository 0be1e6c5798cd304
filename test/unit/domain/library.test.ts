import {
  checkLibraryStep,
  libraryEntryFromStore,
  validateReason,
  type StoredLibraryEntry,
} from '../../../src/domain/library';
import { libraryEntry } from '../../contract/review-fixtures';

describe('library entries', () => {
  it('reads an entry published before proposals existed with an empty record and no type of service', () => {
    const { history: _history, serviceType: _type, ...earlier } = libraryEntry();
    const stored: StoredLibraryEntry = earlier;
    expect(libraryEntryFromStore(stored)).toMatchObject({ history: [], serviceType: null, status: 'published' });
  });

  it('agrees or declines only a proposal, and withdraws only a published entry, saying where it stands', () => {
    expect(() => checkLibraryStep(libraryEntry({ status: 'proposed' }), 'agree')).not.toThrow();
    expect(() => checkLibraryStep(libraryEntry({ status: 'declined' }), 'agree')).toThrow(
      'Only a proposal waiting for the service can be agreed; this one was declined by the service.',
    );
    expect(() => checkLibraryStep(libraryEntry({ status: 'withdrawn' }), 'withdraw')).toThrow(
      'Only a published entry can be withdrawn; this one was withdrawn.',
    );
  });

  it('needs a reason to decline or withdraw', () => {
    expect(validateReason('  Paused.  ', 'decline')).toBe('Paused.');
    expect(() => validateReason(' ', 'withdraw')).toThrow(/^Say why this entry is being taken out of the library/);
  });
});
