import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LocalFolderEvidenceStore, sanitiseFileName } from '../../src/adapters/evidence/local-folder-evidence-store';
import { describeEvidenceStoreContract, evidenceKey, readAll } from './evidence-contract';

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

describeEvidenceStoreContract('local folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qin-evidence-contract-'));
  const root = join(dir, 'evidence');
  return {
    store: new LocalFolderEvidenceStore(root),
    listStored: async () => filesUnder(root),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('LocalFolderEvidenceStore', () => {
  let dir: string;
  let root: string;
  let store: LocalFolderEvidenceStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qin-evidence-'));
    root = join(dir, 'nested', 'evidence');
    store = new LocalFolderEvidenceStore(root);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates its folder and files evidence under <cycle>/<organisation>/<service>/<uuid>-<name>', async () => {
    expect(statSync(root).isDirectory()).toBe(true);
    const { storageKey } = await store.put(evidenceKey(), Buffer.from('audit'), 5, 'application/pdf');
    expect(storageKey).toMatch(/^cy-2026\/org-kch\/svc-cardio\/[0-9a-f-]{36}-health-check-audit\.pdf$/);
    expect(statSync(join(root, ...storageKey.split('/'))).size).toBe(5);
  });

  it('keeps a file name that tries to climb out inside its service folder', async () => {
    const key = evidenceKey({ fileName: '../../../../etc/passwd' });
    const { storageKey } = await store.put(key, Buffer.from('root:x'), 6, 'text/plain');
    expect(storageKey).toMatch(/^cy-2026\/org-kch\/svc-cardio\/[0-9a-f-]{36}-passwd$/);
    expect(filesUnder(dir).every((f) => f.startsWith(join('nested', 'evidence')))).toBe(true);
  });

  it.each([
    ['cycleId', '..'],
    ['cycleId', '.'],
    ['organisationId', '../org-slam'],
    ['organisationId', 'org/slam'],
    ['serviceId', 'svc\\coast'],
    ['serviceId', '/etc'],
    ['serviceId', 'svc\0coast'],
    ['cycleId', ''],
    ['cycleId', 'C:'],
  ] as const)('refuses %s %j', async (field, value) => {
    const before = filesUnder(dir);
    await expect(store.put(evidenceKey({ [field]: value }), Buffer.from('x'), 1, 'text/plain')).rejects.toThrow(
      /not allowed|must not be empty/,
    );
    expect(filesUnder(dir)).toEqual(before);
  });

  it.each([
    '../outside.txt',
    '/etc/passwd',
    'cy-2026/org-kch/../../../etc/passwd',
    'cy-2026/org-kch/svc-cardio/../../../../x',
    'cy-2026/org-kch/svc-cardio/passwd',
    'cy-2026/org-kch/svc-cardio/00000000-0000-0000-0000-000000000000-a\0b',
    'cy-2026\\org-kch\\svc-cardio\\00000000-0000-0000-0000-000000000000-a.pdf',
    '..',
    '',
  ])('refuses the storage key %j for get and delete', async (storageKey) => {
    await expect(store.get(storageKey)).rejects.toThrow(/storage key|not allowed|outside/);
    await expect(store.delete(storageKey)).rejects.toThrow(/storage key|not allowed|outside/);
  });

  it('gives a clear not-found error for a well-formed key that names nothing', async () => {
    const key = 'cy-2026/org-kch/svc-cardio/00000000-0000-0000-0000-000000000000-gone.pdf';
    await expect(store.get(key)).rejects.toMatchObject({ name: 'EvidenceNotFoundError', storageKey: key });
  });

  it('a second store on the same folder reads what the first wrote', async () => {
    const { storageKey } = await store.put(evidenceKey(), Buffer.from('shared'), 6, 'text/plain');
    const again = new LocalFolderEvidenceStore(root);
    const file = await again.get(storageKey);
    expect(file.contentType).toBe('text/plain');
    expect((await readAll(file.stream)).toString()).toBe('shared');
  });

  it.each([
    ['report.pdf', 'report.pdf'],
    ['a/b\\c.pdf', 'c.pdf'],
    ['..', 'file'],
    ['.hidden', 'hidden'],
    ['what?<now>:*|".txt', 'what__now_____.txt'],
    ['  spaced   out  .docx ', 'spaced out .docx'],
    ['nul\0byte.pdf', 'nul_byte.pdf'],
    ['', 'file'],
  ])('sanitises the file name %j to %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });

  it('shortens a very long file name but keeps its extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(400)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
