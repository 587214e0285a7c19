/** A migrated in-memory database with two platforms and one member per role, and callers for them. */
import * as Y from 'yjs';
import { roles, scheduleBoard, type Role } from '@opale/core';
import {
  attachOrganisationToPlatform,
  insertMembership,
  insertOrganisation,
  insertPlatform,
  insertUser,
  migrateToLatest,
  openSqlite,
} from '@opale/db';
import { appRouter } from '../src/root';
import {
  createContext,
  type ApiDeps,
  type EvidenceFiles,
  type LiveBoards,
  type LiveConnections,
} from '../src/context';
import { defaultAuthConfig } from '../src/services/auth-config';
import { hashPassword } from '../src/services/passwords';
import { startSession } from '../src/services/sessions';
import { createCallerFactory } from '../src/trpc';

export const password = 'correct horse battery';
const createCaller = createCallerFactory(appRouter);

/** Records what the API asked of live connections, as the server's registry would receive it. */
export class RecordingLiveConnections implements LiveConnections {
  closedSessions: string[] = [];
  refreshedUsers: string[] = [];
  refreshedDocuments: string[] = [];
  closeSessions(ids: readonly string[]) {
    this.closedSessions.push(...ids);
  }
  refreshUser(userId: string) {
    this.refreshedUsers.push(userId);
  }
  refreshDocument(docName: string) {
    this.refreshedDocuments.push(docName);
  }
}

/**
 * Boards held in memory, read and written as the sync server does: readers get a copy, a write
 * edits a copy and only what it changed is applied.
 */
export class MemoryBoards implements LiveBoards {
  readonly docs = new Map<string, Y.Doc>();
  readonly writes: { docName: string; authorId: string }[] = [];
  doc(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) this.docs.set(name, (doc = new Y.Doc()));
    return doc;
  }
  async readDocument(name: string) {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc(name)));
    return copy;
  }
  async writeDocument(name: string, authorId: string, write: (doc: Y.Doc) => void) {
    const copy = await this.readDocument(name);
    const changes: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => changes.push(update));
    write(copy);
    if (changes.length > 0) {
      Y.applyUpdate(this.doc(name), Y.mergeUpdates(changes));
      this.writes.push({ docName: name, authorId });
    }
  }
}

/** Records which evidence files the API asked to delete, as the server's store would receive it. */
export class RecordingEvidenceFiles implements EvidenceFiles {
  removed: string[] = [];
  async remove(storageKey: string) {
    this.removed.push(storageKey);
  }
}

export class Clock {
  constructor(public current = new Date('2026-11-26T09:00:00.000Z')) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface CookieJar {
  token: string | undefined;
  expiresAt: Date | undefined;
}

let passwordHash: Promise<string> | undefined;

export async function createFixture() {
  const { db, sqlite } = openSqlite(':memory:');
  await migrateToLatest(db);
  const clock = new Clock();
  const live = new RecordingLiveConnections();
  const boards = new MemoryBoards();
  const evidence = new RecordingEvidenceFiles();
  scheduleBoard.writeSite(boards.doc('schedule:calais'), 'calais-north', {
    name: 'Site Nord',
    area: null,
    description: null,
    locationText: null,
    activeFrom: null,
    activeUntil: null,
  });
  const deps: ApiDeps = {
    db,
    now: clock.now,
    auth: defaultAuthConfig,
    live,
    boards,
    evidence,
    publicOrigin: 'https://opale.test',
  };
  const at = clock.now().toISOString();
  passwordHash ??= hashPassword(password);
  const hash = await passwordHash;

  const platforms = {
    calais: { id: 'p-calais', slug: 'calais', name: 'Calais', createdAt: at },
    dunkirk: { id: 'p-dunkirk', slug: 'dunkirk', name: 'Dunkirk', createdAt: at },
  };
  for (const p of Object.values(platforms)) await insertPlatform(db, p);

  const organisations = {
    utopia: '00000000-0000-4000-8000-000000000001',
    ecpat: '00000000-0000-4000-8000-000000000002',
    salam: '00000000-0000-4000-8000-000000000003',
  };
  for (const [key, id] of Object.entries(organisations)) {
    await insertOrganisation(db, {
      id,
      name: key,
      shortName: key.slice(0, 3).toUpperCase(),
      kind: 'association',
      stateMandated: 0,
      publiclyFunded: 0,
      contactEmail: null,
      contactPhone: null,
      website: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  await attachOrganisationToPlatform(db, platforms.calais.id, organisations.utopia, at);
  await attachOrganisationToPlatform(db, platforms.calais.id, organisations.ecpat, at);
  await attachOrganisationToPlatform(db, platforms.dunkirk.id, organisations.salam, at);
  await attachOrganisationToPlatform(db, platforms.dunkirk.id, organisations.utopia, at);

  let n = 0;
  const uuid = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  async function addMember(email: string, platformId: string, organisationId: string, role: Role) {
    const userId = uuid();
    await insertUser(db, {
      id: userId,
      email,
      name: email.split('@')[0] ?? email,
      passwordHash: hash,
      locale: 'en',
      createdAt: at,
      passwordChangedAt: at,
    });
    const membershipId = uuid();
    await insertMembership(db, {
      id: membershipId,
      userId,
      platformId,
      organisationId,
      role,
      createdAt: at,
      updatedAt: at,
    });
    return { userId, membershipId, email };
  }

  const calais = {} as Record<Role, { userId: string; membershipId: string; email: string }>;
  for (const role of roles) {
    calais[role] = await addMember(
      `${role}@calais.test`,
      platforms.calais.id,
      organisations.utopia,
      role,
    );
  }
  const dunkirkAdmin = await addMember(
    'admin@dunkirk.test',
    platforms.dunkirk.id,
    organisations.salam,
    'admin',
  );

  /** A caller as the holder of this cookie token would be: the session is resolved as per request. */
  async function callerWithToken(
    token: string | undefined,
    jar: CookieJar = { token, expiresAt: undefined },
  ) {
    const ctx = await createContext(deps, {
      sessionToken: token,
      request: { ip: '127.0.0.1', userAgent: 'vitest' },
      cookie: {
        set: (t, e) => {
          jar.token = t;
          jar.expiresAt = e;
        },
        clear: () => {
          jar.token = undefined;
          jar.expiresAt = undefined;
        },
      },
    });
    return createCaller(ctx);
  }

  async function signInAs(userId: string) {
    const { token } = await startSession(deps, userId, { ip: '127.0.0.1', userAgent: 'vitest' });
    return { token, caller: await callerWithToken(token) };
  }

  return {
    db,
    sqlite,
    deps,
    clock,
    live,
    boards,
    evidence,
    platforms,
    organisations,
    calais,
    dunkirkAdmin,
    addMember,
    callerWithToken,
    signInAs,
    anonymous: () => callerWithToken(undefined),
    close: () => db.destroy(),
  };
}

export type Fixture = Awaited<ReturnType<typeof createFixture>>;
