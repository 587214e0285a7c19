/**
 * The evidence files of incidents, in `<DATA_DIR>/evidence/`: a folder only the server's user can
 * open (0700), files only it can read (0600), each named by a random key rather than by the
 * sender's file name, never under the web app's folder. A file is written under a temporary name,
 * flushed to disk, then renamed: a crash leaves either the whole file or a temporary one that
 * the next start sweeps away, never half a file under its key.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EvidenceFiles } from '@opale/api';
import { OperatorError } from '../operator-error';
import type { RandomAccessBytes } from './strip-metadata';

const storageKeyPattern = /^[0-9a-f]{32}$/;

/** Whether a name is one the store makes for a file (backups copy only those). */
export function isEvidenceStorageKey(name: string): boolean {
  return storageKeyPattern.test(name);
}
const temporaryPrefix = '.incoming-';

/** A file received in full under a temporary name; nothing is stored until it is kept. */
export interface ReceivedFile {
  path: string;
  sizeBytes: number;
}

/** A file stored under its key, with what the attachment row records of it. */
export interface StoredFile {
  storageKey: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the bytes on disk. */
  sha256: string;
}

/** The sender went past the size limit; what had arrived is already deleted. */
export class EvidenceTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes.`);
  }
}

export function evidenceDirOf(dataDir: string): string {
  return join(dataDir, 'evidence');
}

export class EvidenceStore implements EvidenceFiles {
  private constructor(readonly dir: string) {}

  /**
   * Opens (creating it if needed) the evidence folder of a data folder. Refuses a data folder
   * inside the web app's folder, whose files anyone may download.
   */
  static async open(dataDir: string, options: { webDist?: string } = {}): Promise<EvidenceStore> {
    const dir = resolve(evidenceDirOf(dataDir));
    if (options.webDist && isInside(dir, resolve(options.webDist))) {
      throw new OperatorError(
        `The evidence folder ${dir} would be inside the web app's folder (${options.webDist}), ` +
          'where anyone can download it. Set DATA_DIR to a folder outside WEB_DIST.',
      );
    }
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing folder's mode alone; tighten one made by hand.
    await chmod(dir, 0o700);
    return new EvidenceStore(dir);
  }

  /** The stored file's path; throws on a key that is not one this store made. */
  pathOf(storageKey: string): string {
    if (!storageKeyPattern.test(storageKey)) {
      throw new Error(`'${storageKey.slice(0, 40)}' is not an evidence storage key.`);
    }
    return join(this.dir, storageKey);
  }

  /**
   * Writes a stream to a temporary file, stopping as soon as more than `limitBytes` arrived
   * (the rest is never read). The source is left open, so the caller can still answer.
   */
  async receive(source: Readable, limitBytes: number): Promise<ReceivedFile> {
    const path = join(this.dir, `${temporaryPrefix}${randomBytes(16).toString('hex')}`);
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    let sizeBytes = 0;
    try {
      await new Promise<void>((done, fail) => {
        const stop = (error: Error) => {
          source.off('data', onData);
          source.pause();
          out.destroy();
          fail(error);
        };
        const onData = (chunk: Buffer) => {
          sizeBytes += chunk.length;
          if (sizeBytes > limitBytes) return stop(new EvidenceTooLargeError(limitBytes));
          if (!out.write(chunk)) {
            source.pause();
            out.once('drain', () => source.resume());
          }
        };
        source.on('data', onData);
        source.once('end', () => out.end());
        source.once('error', stop);
        // A sender that hangs up before the end leaves no file behind.
        source.once('close', () => {
          if (!source.readableEnded) stop(new Error('The upload was interrupted.'));
        });
        out.once('error', stop);
        out.once('finish', () => done());
      });
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, sizeBytes };
  }

  /** Stores bytes held in memory under a new key. */
  async put(bytes: Uint8Array): Promise<StoredFile> {
    const path = join(this.dir, `${temporaryPrefix}${randomBytes(16).toString('hex')}`);
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    return this.keep({ path, sizeBytes: bytes.length });
  }

  /** Flushes a received (and possibly stripped in place) file and stores it under a new key. */
  async keep(file: ReceivedFile): Promise<StoredFile> {
    const storageKey = randomBytes(16).toString('hex');
    try {
      const handle = await open(file.path, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(file.path, this.pathOf(storageKey));
    } catch (error) {
      await rm(file.path, { force: true });
      throw error;
    }
    await this.syncFolder();
    const stored = this.pathOf(storageKey);
    const [{ size }, sha256] = await Promise.all([stat(stored), sha256OfFile(stored)]);
    return { storageKey, sizeBytes: size, sha256 };
  }

  /** Deletes a file that was received but not kept. */
  async discard(file: ReceivedFile): Promise<void> {
    await rm(file.path, { force: true });
  }

  /** The stored bytes, whole or a byte range (inclusive), or undefined when the file is gone. */
  async open(
    storageKey: string,
    range?: { start: number; end: number },
  ): Promise<{ stream: ReadStream; sizeBytes: number } | undefined> {
    const path = this.pathOf(storageKey);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path, range), sizeBytes: size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
    await this.syncFolder();
  }

  /**
   * Deletes what no attachment refers to: temporary files left by a crash or an interrupted
   * upload, and files whose rows went with a deleted incident. Run at start, before any upload.
   */
  async sweep(storageKeysInUse: Iterable<string>): Promise<number> {
    const inUse = new Set(storageKeysInUse);
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      if (name.startsWith(temporaryPrefix) || (storageKeyPattern.test(name) && !inUse.has(name))) {
        await rm(join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Makes a rename or a deletion in the folder itself survive a power cut. */
  private async syncFolder(): Promise<void> {
    const folder = await open(this.dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** A file opened for reading and overwriting in place (the video stripper's view of it). */
export async function openForStripping(
  path: string,
): Promise<{ access: RandomAccessBytes; close: () => Promise<void> }> {
  const handle: FileHandle = await open(path, 'r+');
  const { size } = await handle.stat();
  return {
    access: {
      size,
      read: async (position, length) => {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return buffer.subarray(0, bytesRead);
      },
      write: async (position, bytes) => {
        await handle.write(bytes, 0, bytes.length, position);
      },
    },
    close: () => handle.close(),
  };
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

function isInside(path: string, folder: string): boolean {
  const between = relative(folder, path);
  return between === '' || (!between.startsWith('..') && !isAbsolute(between));
}
