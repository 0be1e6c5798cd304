import { readFileSync } from 'node:fs';
import { LIST_VIEWS } from '../../src/adapters/sharepoint/list-views';
import { allListSpecs, DEFAULT_LIST_PREFIX, entityListSpec } from '../../src/adapters/sharepoint/schema';
import { DOC_PATH, expectedDoc } from '../../scripts/lib/sharepoint-columns-doc';
import { VIEWS_END_MARKER, VIEWS_START_MARKER } from '../../scripts/lib/sharepoint-views-doc';

describe('docs/sharepoint.md', () => {
  it('lists every list and column exactly as the schema declares them (run npx tsx scripts/sharepoint-columns-doc.ts)', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    expect(doc).toBe(expectedDoc(doc));
  });

  it('lists every view provisioning makes, as list-views.ts declares them (run npx tsx scripts/sharepoint-columns-doc.ts)', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    const table = doc.slice(doc.indexOf(VIEWS_START_MARKER), doc.indexOf(VIEWS_END_MARKER));
    for (const view of LIST_VIEWS) {
      expect(table).toMatch(
        new RegExp(`\\| ${entityListSpec(view.kind, DEFAULT_LIST_PREFIX).displayName} +\\| ${view.name} +\\|`),
      );
    }
    expect(doc).toBe(expectedDoc(doc));
  });

  it('gives every column a display name and a description in plain words', () => {
    for (const spec of allListSpecs(DEFAULT_LIST_PREFIX).values()) {
      expect(spec.description).not.toBe('');
      for (const column of spec.columns) {
        expect({ list: spec.displayName, column: column.name, displayName: column.displayName }).toEqual(
          expect.objectContaining({ displayName: expect.stringMatching(/\S/) }),
        );
        expect({ list: spec.displayName, column: column.name, description: column.description }).toEqual(
          expect.objectContaining({ description: expect.stringMatching(/^[A-Z`a-z].{8,}/) }),
        );
      }
    }
  });
});
