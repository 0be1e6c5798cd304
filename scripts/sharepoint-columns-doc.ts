import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_PATH, expectedDoc } from './lib/sharepoint-columns-doc';

/** Rewrites the lists and columns of docs/sharepoint.md from the schema declaration. */
writeFileSync(DOC_PATH, expectedDoc(readFileSync(DOC_PATH, 'utf8')));
console.log(`${DOC_PATH}: lists and columns written from src/adapters/sharepoint/schema.ts.`);
