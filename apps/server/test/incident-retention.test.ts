/**
 * Retention deletes for real: once the expiry has run (and checkpointed), the bytes of the SQLite
 * file and of its write-ahead log no longer hold a deleted witness's name or a blanked narrative.
 * A real server over a real file in a temporary DATA_DIR; the clock moves by the job's `now` and
 * by the command line's `--now`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { expireIncidents } from '@opale/api';
import { migrateToLatest, type SqliteHandle } from '@opale/db';
import { buildServer } from '../src/app';
import { openDatabase } from '../src/data-dir';
import { seedDemo } from '../src/demo/seed-demo';
import { readServerConfig } from '../src/env';
import { EvidenceStore, evidenceDirOf } from '../src/incidents/evidence-store';
import { trpcMutation } from './schedule-fixture';
import {
  killLeftoverServers,
  makeWorkspace,
  publicOrigin,
  runCli,
  signIn,
  startServerProcess,
} from './support';

// Distinctive strings: found in the file's bytes only if they were really written there.
const narrative = 'NARRATIVE-7f3a2c91e4 the soup was poured on the ground';
const draftNarrative = 'DRAFTNARRATIVE-0b6d18aa never verified';
const placeText = 'PLACEEXACT-5e21c7 behind the old lock';
const witnessName = 'WITNESSNAME-c41d9f Jeanne Volontaire';
const followupNotes = 'FOLLOWUPNOTES-93ab lawyer called back';
const fileName = 'EVIDENCEFILE-2f8e.jpg';
const secrets = [narrative, draftNarrative, placeText, witnessName, followupNotes, fileName];

const photo = readFileSync(new URL('./fixtures/evidence/gps-photo.jpg', import.meta.url));

/** The strings among `needles` that the bytes of these files hold, as UTF-8. */
function foundIn(files: string[], needles: string[]): string[] {
  const bytes = Buffer.concat(files.filter((f) => existsSync(f)).map((f) => readFileSync(f)));
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
}

const databaseFiles = (dataDir: string) =>
  ['opale.sqlite', 'opale.sqlite-wal', 'opale.sqlite-shm'].map((name) => join(dataDir, name));

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
afterEach(() => {
  killLeftoverServers();
  for (const created of workspaces.splice(0)) created.remove();
});

/** A seeded server on a data folder the test keeps after closing it, to read its bytes. */
async function serverOnDataDir() {
  const workspace = makeWorkspace();
  workspaces.push(workspace);
  const config = readServerConfig({
    DATA_DIR: workspace.dataDir,
    WEB_DIST: workspace.webDist,
    PUBLIC_ORIGIN: publicOrigin,
    LOG_LEVEL: 'silent',
  });
  const handle: SqliteHandle = openDatabase(config.databaseFile, config.dataDir);
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, new Date());
  const app = await buildServer(config, { db: handle.db });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const server = { url, config, handle, app, close: async () => {} };
  return {
    server,
    workspace,
    async stop() {
      await app.close();
      await handle.db.destroy();
    },
  };
}

type Server = Awaited<ReturnType<typeof serverOnDataDir>>['server'];

/**
 * A verified report with a witness, a follow-up and a photo, and a draft nobody verified; made
 * through the API and the evidence route as the members' phones would.
 */
async function recordIncidents(server: Server) {
  const field = await signIn(server, 'field.calais@demo.opale');
  const rep = await signIn(server, 'rep.calais@demo.opale');
  const occurredAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const draft = {
    type: 'distribution_obstruction',
    occurredAt,
    siteId: null,
    placeText,
    commune: 'Calais',
    authority: 'crs',
    officers: 9,
    vehicles: 3,
    itemsSeized: 4,
    fineAmountCents: 13500,
    fineNoticeDate: null,
    narrative,
  };
  const { id } = await trpcMutation<{ id: string }>(server, field, 'incident.create', {
    platform: 'calais',
    idempotencyKey: randomUUID(),
    draft,
  });
  await trpcMutation(server, rep, 'incident.verify', { platform: 'calais', incidentId: id });
  await trpcMutation(server, rep, 'incident.addWitness', {
    platform: 'calais',
    incidentId: id,
    witness: { name: witnessName, contact: 'by the office' },
  });
  await trpcMutation(server, rep, 'incident.addFollowup', {
    platform: 'calais',
    incidentId: id,
    followup: {
      kind: 'complaint',
      filedOn: '2026-11-20',
      outcome: 'dismissed',
      notes: followupNotes,
    },
  });
  const upload = await fetch(`${server.url}/evidence/calais/${id}`, {
    method: 'POST',
    headers: {
      cookie: rep,
      origin: publicOrigin,
      'content-type': 'image/jpeg',
      'idempotency-key': randomUUID(),
      'x-file-name': encodeURIComponent(fileName),
    },
    body: photo,
  });
  expect(upload.status, await upload.clone().text()).toBe(201);

  const { id: draftId } = await trpcMutation<{ id: string }>(server, field, 'incident.create', {
    platform: 'calais',
    idempotencyKey: randomUUID(),
    draft: { ...draft, narrative: draftNarrative },
  });
  return { id, draftId };
}

function evidenceFiles(dataDir: string): string[] {
  const dir = evidenceDirOf(dataDir);
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('incident retention, down to the bytes of the database file', () => {
  it('removes nothing before the limits, then erases for real once the clock has passed them', async () => {
    const { server, workspace, stop } = await serverOnDataDir();
    const { dataDir } = workspace;
    let stopped = false;
    try {
      const { id, draftId } = await recordIncidents(server);
      const db = server.handle.db;
      expect(evidenceFiles(dataDir)).toHaveLength(1);
      // The scan sees what is written: before any expiry every string is in the file or its WAL.
      expect(foundIn(databaseFiles(dataDir), secrets).sort()).toEqual([...secrets].sort());

      const store = await EvidenceStore.open(dataDir);
      const run = (now: Date) =>
        expireIncidents({
          db,
          now,
          removeEvidenceFile: (key) => store.remove(key),
          trigger: 'schedule',
        });

      // A month on: nothing has expired.
      const early = await run(new Date(Date.now() + 30 * 86_400_000));
      expect(early.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
        draftsDeleted: 0,
        witnessesErased: 0,
        attachmentsRemoved: 0,
        reportsRedacted: 0,
      });
      expect(await db.selectFrom('incidentWitnesses').selectAll().execute()).toHaveLength(1);
      expect(evidenceFiles(dataDir)).toHaveLength(1);

      // Seven years on: past every default limit.
      const late = await run(new Date(Date.now() + 7 * 366 * 86_400_000));
      expect(late.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
        draftsDeleted: 1,
        witnessesErased: 1,
        attachmentsRemoved: 1,
        reportsRedacted: 1,
        filesNotRemoved: 0,
      });
      expect(late.checkpoint).toMatchObject({ busy: 0 });
      expect(await db.selectFrom('incidentWitnesses').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('incidentAttachments').selectAll().execute()).toEqual([]);
      expect(evidenceFiles(dataDir)).toEqual([]);
      expect(
        await db.selectFrom('incidents').select('id').where('id', '=', draftId).execute(),
      ).toEqual([]);
      // The figures stay: the platform's reports still count it.
      const kept = await db
        .selectFrom('incidents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(kept).toMatchObject({
        type: 'distribution_obstruction',
        commune: 'Calais',
        authority: 'crs',
        officers: 9,
        vehicles: 3,
        itemsSeized: 4,
        fineAmountCents: 13500,
        narrative: '',
        placeText: null,
      });
      expect(kept.redactedAt).not.toBeNull();
      const events = await db
        .selectFrom('auditEvents')
        .selectAll()
        .where('action', '=', 'incident.retention_expired')
        .execute();
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]!.detail)).toEqual({
        trigger: 'schedule',
        draftsDeleted: 1,
        witnessesErased: 1,
        attachmentsRemoved: 1,
        reportsRedacted: 1,
        heldByFollowup: 0,
        filesNotRemoved: 0,
      });

      // The database is still open: its file and WAL, as they are now, hold none of it.
      expect(server.handle.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
      expect(foundIn(databaseFiles(dataDir), secrets)).toEqual([]);

      await stop();
      stopped = true;
      expect(foundIn(databaseFiles(dataDir), secrets)).toEqual([]);
    } finally {
      if (!stopped) await stop();
    }
  });

  it('does the same from the command line, with --now moving the clock', async () => {
    const { server, workspace, stop } = await serverOnDataDir();
    const { dataDir } = workspace;
    try {
      await recordIncidents(server);
    } finally {
      await stop();
    }
    expect(foundIn(databaseFiles(dataDir), secrets).length).toBeGreaterThan(0);

    const refused = await runCli(['expire-incidents', '--now', 'next year'], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "--now must be a date and time in ISO 8601, like 2032-11-25T12:00:00Z; got 'next year'.",
    );

    const soon = await runCli(
      ['expire-incidents', '--now', new Date(Date.now() + 86_400_000).toISOString()],
      {
        DATA_DIR: dataDir,
      },
    );
    expect(soon.stderr).toBe('');
    expect(soon.code).toBe(0);
    expect(soon.stdout).toContain('  calais: nothing had expired.');

    const later = new Date(Date.now() + 7 * 366 * 86_400_000).toISOString();
    const result = await runCli(['expire-incidents', '--now', later], { DATA_DIR: dataDir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  calais: 1 unverified draft deleted, 1 witness erased, 1 evidence file removed, 1 report redacted.',
    );
    expect(result.stdout).toContain('its write-ahead log is emptied');
    expect(evidenceFiles(dataDir)).toEqual([]);
    expect(foundIn(databaseFiles(dataDir), secrets)).toEqual([]);

    const sqlite = new SQLite(join(dataDir, 'opale.sqlite'), { readonly: true });
    try {
      const events = sqlite
        .prepare(
          "select actor_id, detail from audit_events where action = 'incident.retention_expired'",
        )
        .all() as { actor_id: string | null; detail: string }[];
      // Two runs, two platforms: a run asked for by a person leaves a trace even when nothing
      // had expired.
      expect(events.map((e) => (JSON.parse(e.detail) as { trigger: string }).trigger)).toEqual([
        'command',
        'command',
        'command',
        'command',
      ]);
      expect(events.every((e) => e.actor_id === null)).toBe(true);
    } finally {
      sqlite.close();
    }
  });

  it('runs at the server start, and the server still stops cleanly', async () => {
    const { server, workspace, stop } = await serverOnDataDir();
    const { dataDir, webDist } = workspace;
    let draftId: string;
    try {
      ({ draftId } = await recordIncidents(server));
      // Seven months ago, never changed since: past the 180 days of an unverified draft.
      const longAgo = new Date(Date.now() - 210 * 86_400_000).toISOString();
      await server.handle.db
        .updateTable('incidents')
        .set({ occurredAt: longAgo, createdAt: longAgo, updatedAt: longAgo })
        .where('id', '=', draftId)
        .execute();
    } finally {
      await stop();
    }

    const running = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist }, ['serve']);
    try {
      const deadline = Date.now() + 20_000;
      let remaining = 1;
      while (remaining > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const sqlite = new SQLite(join(dataDir, 'opale.sqlite'), { readonly: true });
        try {
          remaining = (
            sqlite.prepare('select count(*) as n from incidents where id = ?').get(draftId) as {
              n: number;
            }
          ).n;
        } finally {
          sqlite.close();
        }
      }
      expect(remaining).toBe(0);
    } finally {
      const stopped = await running.stop();
      expect(stopped.code).toBe(0);
    }
  });
});
