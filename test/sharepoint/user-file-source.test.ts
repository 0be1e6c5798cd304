import { createHash } from 'node:crypto';
import { GraphUserFileSource } from '../../src/adapters/graph/user-file-source';
import { ConsentRequiredError, PickedFileError } from '../../src/services/user-files';
import { putFile } from '../graph-simulator/drive';
import { evidenceLibrary, sharedHarness } from './harness';

/** Copy-in of a file a person chose from their own OneDrive/SharePoint, read with THEIR token (on-behalf-of). */
const harness = sharedHarness();

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function personalFile(name: string, bytes: Buffer) {
  const h = await harness();
  const { driveId } = evidenceLibrary(h);
  const drive = h.sim.state.drives.get(driveId);
  if (!drive) throw new Error('no drive');
  const put = putFile(drive, { parentPath: 'Documents', name }, bytes, 'replace');
  if ('status' in put) throw new Error('put failed');
  const meta = await h.graph.app.call({ method: 'GET', url: `/drives/${driveId}/items/${put.item.id}` });
  return { h, driveId, itemId: put.item.id, webUrl: (meta.body as { webUrl: string }).webUrl };
}

describe('GraphUserFileSource on the Graph simulator', () => {
  const asks: string[][] = [];
  const obo = {
    getGraphToken: async (assertion: string, scopes: string[]) => {
      asks.push(scopes);
      if (assertion === 'no-consent') throw new ConsentRequiredError(scopes);
      return `user-token-for-${assertion}`;
    },
  };

  it('opens a file from the link the person copied, with its name, size, type, link and version', async () => {
    const bytes = Buffer.from('Carers survey results 2026\n'.repeat(1000));
    const file = await personalFile('Carers survey.csv', bytes);
    const source = new GraphUserFileSource(file.h.graph, obo);
    const opened = await source.open('person-token', { shareUrl: file.webUrl });
    expect(opened).toMatchObject({ fileName: 'Carers survey.csv', sizeBytes: bytes.length, webUrl: file.webUrl });
    expect(opened.versionId).toBeTruthy();
    const back = await collect(opened.content);
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(asks.at(-1)?.[0]).toMatch(/Files\.Read\.All$/);
  });

  it('opens a file by drive and item id (a file picker)', async () => {
    const file = await personalFile('Board paper.pdf', Buffer.from('%PDF-1.7 board paper'));
    const source = new GraphUserFileSource(file.h.graph, obo);
    const opened = await source.open('person-token', { driveId: file.driveId, itemId: file.itemId });
    expect((await collect(opened.content)).toString()).toBe('%PDF-1.7 board paper');
  });

  it('says so when the link points at nothing the person can open', async () => {
    const h = await harness();
    const source = new GraphUserFileSource(h.graph, obo);
    await expect(source.open('person-token', { shareUrl: 'https://nhs.sharepoint.com/nothing.pdf' })).rejects.toThrow(
      PickedFileError,
    );
  });

  it('passes a consent problem on unchanged, so the API can ask the person to consent', async () => {
    const file = await personalFile('Audit.xlsx', Buffer.from('PK'));
    const source = new GraphUserFileSource(file.h.graph, obo);
    await expect(source.open('no-consent', { shareUrl: file.webUrl })).rejects.toBeInstanceOf(ConsentRequiredError);
  });
});
