import { randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { EvidenceHousekeeping, EvidenceKey, EvidenceStore } from '../../services/ports';
import { EvidenceNotFoundError, IncompleteUploadError } from '../../services/ports';

interface Meta {
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly fileName: string;
}

/** Where uploads are written before they are complete; same file system as the evidence, so rename is atomic. */
const INCOMING = '.incoming';
const MAX_FILE_NAME = 150;
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[^/\\\0]+$/;

/** The sidecar of a data file. Hidden (leading dot), so no storage key can ever name a sidecar. */
function metaPathOf(dataPath: string): string {
  return join(dirname(dataPath), `.${basename(dataPath)}.meta.json`);
}

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** Slashes, colons (Windows drives and streams), NUL and other control characters. */
const UNSAFE_IN_ID = /[/\\:\u0000-\u001f\u007f]/;
/** Characters no file system (Windows included) takes in a name, and control characters. */
const UNSAFE_IN_FILE_NAME = /[\u0000-\u001f\u007f<>:"|?*]/g;
/* eslint-enable no-control-regex */

/** Ids become folder names: refuse anything that is not one plain, visible name. */
function checkId(label: string, value: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new Error(`Evidence ${label} must not be empty`);
  if (value.length > 200) throw new Error(`Evidence ${label} is longer than 200 characters`);
  if (UNSAFE_IN_ID.test(value) || value.startsWith('.') || isAbsolute(value)) {
    throw new Error(
      `Evidence ${label} ${JSON.stringify(value)} is not allowed as a folder name ` +
        '(no slashes, colons, control characters, or leading dot)',
    );
  }
  return value;
}

/** A file name safe on every file system, keeping the extension; never empty, never hidden. */
export function sanitiseFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  let clean = base.replace(UNSAFE_IN_FILE_NAME, '_').replace(/\s+/g, ' ').trim();
  clean = clean.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (clean.length > MAX_FILE_NAME) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_FILE_NAME - ext.length) + ext;
  }
  return clean.length === 0 ? 'file' : clean;
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

async function* chunksOf(content: AsyncIterable<Uint8Array> | Uint8Array): AsyncIterable<Uint8Array> {
  if (ArrayBuffer.isView(content)) yield content;
  else yield* content;
}

/**
 * Evidence files in a local folder: `<root>/<cycleId>/<organisationId>/<serviceId>/<uuid>-<fileName>`,
 * with the content type in a `.meta.json` sidecar. Uploads are written aside and renamed into place, so a
 * failed upload leaves nothing behind.
 */
export class LocalFolderEvidenceStore implements EvidenceStore, EvidenceHousekeeping {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
    mkdirSync(join(this.root, INCOMING), { recursive: true });
  }

  async put(
    key: EvidenceKey,
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
    contentType: string,
  ): Promise<{ storageKey: string }> {
    const folders = [
      checkId('cycleId', key.cycleId),
      checkId('organisationId', key.organisationId),
      checkId('serviceId', key.serviceId),
    ];
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) {
      throw new Error(`Evidence sizeBytes must be a whole number of bytes, got ${sizeBytes}`);
    }
    if (typeof contentType !== 'string' || contentType.trim() === '' || /[\r\n]/.test(contentType)) {
      throw new Error('Evidence contentType must be a single-line MIME type such as application/pdf');
    }
    const storedName = `${randomUUID()}-${sanitiseFileName(key.fileName)}`;
    const storageKey = [...folders, storedName].join('/');
    const target = this.pathOf(storageKey);
    const tempData = join(this.root, INCOMING, `${randomUUID()}.part`);
    const tempMeta = join(this.root, INCOMING, `${randomUUID()}.meta.part`);
    let metaPlaced = false;
    try {
      const written = await this.writeTemp(tempData, content, sizeBytes);
      if (written !== sizeBytes) {
        const actual = written > sizeBytes ? `more than ${sizeBytes}` : `${written}`;
        throw new IncompleteUploadError(
          `Evidence upload of "${key.fileName}" was ${actual} bytes, but ${sizeBytes} were announced; nothing was stored`,
        );
      }
      const meta: Meta = { contentType, sizeBytes, fileName: key.fileName };
      await mkdir(join(this.root, ...folders), { recursive: true });
      const metaHandle = await open(tempMeta, 'wx');
      try {
        await metaHandle.writeFile(JSON.stringify(meta));
        await metaHandle.datasync();
      } finally {
        await metaHandle.close();
      }
      // Sidecar first: a data file without its sidecar never exists, so `get` sees all or nothing.
      await rename(tempMeta, metaPathOf(target));
      metaPlaced = true;
      await rename(tempData, target);
      return { storageKey };
    } catch (error) {
      await Promise.all([
        rm(tempData, { force: true }),
        rm(tempMeta, { force: true }),
        metaPlaced ? rm(metaPathOf(target), { force: true }) : Promise.resolve(),
      ]);
      throw error;
    }
  }

  async get(
    storageKey: string,
  ): Promise<{ stream: AsyncIterable<Uint8Array>; sizeBytes: number; contentType: string }> {
    const path = this.pathOf(storageKey);
    let meta: Partial<Meta>;
    let size: number;
    try {
      meta = JSON.parse(await readFile(metaPathOf(path), 'utf8')) as Partial<Meta>;
      size = (await stat(path)).size;
    } catch (error) {
      if (isNotFound(error)) throw new EvidenceNotFoundError(storageKey);
      throw error;
    }
    const contentType = typeof meta.contentType === 'string' ? meta.contentType : 'application/octet-stream';
    return { stream: createReadStream(path), sizeBytes: size, contentType };
  }

  /** Idempotent: deleting what is not there succeeds. */
  async delete(storageKey: string): Promise<void> {
    const path = this.pathOf(storageKey);
    await rm(path, { force: true });
    await rm(metaPathOf(path), { force: true });
  }

  /** Writes the content to `temp`, stopping as soon as it exceeds `sizeBytes`; returns the bytes seen. */
  private async writeTemp(
    temp: string,
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
  ): Promise<number> {
    const handle = await open(temp, 'wx');
    let written = 0;
    try {
      for await (const chunk of chunksOf(content)) {
        if (!ArrayBuffer.isView(chunk)) throw new Error('Evidence content must be bytes (Uint8Array chunks)');
        written += chunk.byteLength;
        if (written > sizeBytes) return written;
        await writeAll(handle, chunk);
      }
      await handle.datasync();
      return written;
    } finally {
      await handle.close();
    }
  }

  /** The absolute path of a storage key, refusing any key that is not exactly one this store made. */
  private pathOf(storageKey: string): string {
    const parts = typeof storageKey === 'string' ? storageKey.split('/') : [];
    const [cycleId, organisationId, serviceId, name] = parts;
    if (parts.length !== 4 || cycleId === undefined || organisationId === undefined || serviceId === undefined) {
      throw new Error(`"${storageKey}" is not an evidence storage key (cycle/organisation/service/file)`);
    }
    if (name === undefined || !STORED_NAME.test(name) || name.endsWith('.')) {
      throw new Error(`"${storageKey}" is not an evidence storage key: the file name is not one this store made`);
    }
    checkId('cycleId', cycleId);
    checkId('organisationId', organisationId);
    checkId('serviceId', serviceId);
    const path = resolve(this.root, cycleId, organisationId, serviceId, name);
    const inside = relative(this.root, path);
    if (inside.startsWith('..') || isAbsolute(inside) || !path.startsWith(this.root + sep)) {
      throw new Error(`"${storageKey}" points outside the evidence folder`);
    }
    return path;
  }

  async removeIncompleteUploads(before: Date): Promise<number> {
    const incoming = join(this.root, INCOMING);
    let removed = 0;
    for (const name of await readdir(incoming)) {
      const path = join(incoming, name);
      try {
        if ((await stat(path)).mtimeMs < before.getTime()) {
          await rm(path, { force: true });
          removed += 1;
        }
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
    return removed;
  }

  /** Walks `<cycle>/<organisation>/<service>/` for data files (sidecars and the incoming folder are hidden). */
  async *storedFiles(): AsyncIterable<{ storageKey: string; modifiedAt: Date }> {
    const visible = async (folder: string) =>
      (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
    for (const cycle of await visible(this.root)) {
      if (!cycle.isDirectory()) continue;
      for (const organisation of await visible(join(this.root, cycle.name))) {
        if (!organisation.isDirectory()) continue;
        for (const service of await visible(join(this.root, cycle.name, organisation.name))) {
          if (!service.isDirectory()) continue;
          const folder = join(this.root, cycle.name, organisation.name, service.name);
          for (const file of await visible(folder)) {
            if (!file.isFile() || !STORED_NAME.test(file.name)) continue;
            const modifiedAt = (await stat(join(folder, file.name))).mtime;
            yield { storageKey: [cycle.name, organisation.name, service.name, file.name].join('/'), modifiedAt };
          }
        }
      }
    }
  }
}
