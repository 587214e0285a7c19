/** The evidence folder on a real disk: private, swept of what no attachment refers to. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore, evidenceDirOf } from '../src/incidents/evidence-store';
import { OperatorError } from '../src/operator-error';
import { makeWorkspace } from './support';

describe('the evidence store', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  beforeEach(() => {
    workspace = makeWorkspace();
  });
  afterEach(() => {
    workspace.remove();
  });

  it('stores bytes under a random key, readable by the server alone, and hashes them', async () => {
    const store = await EvidenceStore.open(workspace.dataDir);
    const stored = await store.put(Buffer.from('evidence bytes'));
    expect(stored.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.sizeBytes).toBe(14);
    expect(stored.sha256).toBe(createHash('sha256').update('evidence bytes').digest('hex'));
    const path = join(evidenceDirOf(workspace.dataDir), stored.storageKey);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(evidenceDirOf(workspace.dataDir)).mode & 0o777).toBe(0o700);
    const opened = await store.open(stored.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of opened!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('evidence bytes');
  });

  it('tightens an evidence folder someone made readable by others', async () => {
    mkdirSync(evidenceDirOf(workspace.dataDir), { recursive: true, mode: 0o755 });
    await EvidenceStore.open(workspace.dataDir);
    expect(statSync(evidenceDirOf(workspace.dataDir)).mode & 0o777).toBe(0o700);
  });

  it('sweeps temporary files and files no attachment refers to, and keeps the others', async () => {
    const store = await EvidenceStore.open(workspace.dataDir);
    const kept = await store.put(Buffer.from('kept'));
    const orphan = await store.put(Buffer.from('orphan'));
    writeFileSync(join(store.dir, '.incoming-0123'), 'half an upload');
    writeFileSync(join(store.dir, 'README'), 'an operator’s note');
    expect(await store.sweep([kept.storageKey])).toBe(2);
    expect(readdirSync(store.dir).sort()).toEqual(['README', kept.storageKey].sort());
    expect(await store.open(orphan.storageKey)).toBeUndefined();
  });

  it('refuses a storage key that could name another file', async () => {
    const store = await EvidenceStore.open(workspace.dataDir);
    expect(() => store.pathOf('../opale.sqlite')).toThrow(/not an evidence storage key/);
    await expect(store.remove('../../etc/passwd')).rejects.toThrow(/not an evidence storage key/);
  });

  it('refuses a data folder inside the web app’s folder', async () => {
    await expect(
      EvidenceStore.open(join(workspace.webDist, 'data'), { webDist: workspace.webDist }),
    ).rejects.toThrow(OperatorError);
  });
});
