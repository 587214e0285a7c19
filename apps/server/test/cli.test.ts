import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  killLeftoverServers,
  makeWorkspace,
  postJson,
  publicOrigin,
  runCli,
  signIn,
  startServerProcess,
  whoIs,
} from './support';
import { gpsPhoto } from './evidence-files';

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
function workspace() {
  const created = makeWorkspace();
  workspaces.push(created);
  return created;
}
afterEach(() => {
  killLeftoverServers();
  for (const created of workspaces.splice(0)) created.remove();
});

function count(file: string, sql: string): number {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('serve', () => {
  it('seeds an empty database, prints the demo accounts, answers /healthz and releases the data folder on SIGTERM', async () => {
    const { dataDir, webDist } = workspace();
    const server = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    expect(server.output()).toContain('Seeded the demo dataset.');
    expect(server.output()).toMatch(/admin\.calais@demo\.opale\s+admin\s+Calais/);
    expect(server.output()).toContain('password: opale-demo');
    expect(existsSync(join(dataDir, 'opale.pid'))).toBe(true);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await whoIs(server, await signIn(server, 'field.dunkirk@demo.opale'))).toBe(
      'field.dunkirk@demo.opale',
    );

    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(existsSync(join(dataDir, 'opale.pid'))).toBe(false);

    // A second start keeps the data and does not seed again.
    const again = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    expect(again.output()).toContain('already has accounts; the demo dataset was not added again');
    await again.stop();
    expect(count(join(dataDir, 'opale.sqlite'), 'select count(*) as n from users')).toBe(10);
  });

  it('refuses to start a second server on the same data folder', async () => {
    const { dataDir, webDist } = workspace();
    const first = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    try {
      await expect(startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist })).rejects.toThrow(
        /Another Opale server \(process \d+\) is already using/,
      );
    } finally {
      await first.stop();
    }
  });

  it('refuses to start with bad settings, naming each one', async () => {
    const { dataDir } = workspace();
    await expect(
      startServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'loud', REDIS_URL: 'redis://127.0.0.1' }),
    ).rejects.toThrow(/2 settings are wrong[\s\S]*REDIS_URL is set[\s\S]*LOG_LEVEL must be one of/);
  });
});

describe('pnpm opale', () => {
  it('backs up the database while the server runs, with what the server has just written', async () => {
    const { root, dataDir, webDist } = workspace();
    const server = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    try {
      await signIn(server, 'admin.calais@demo.opale');
      await signIn(server, 'rep.dunkirk@demo.opale');

      const backup = join(root, 'backups', 'opale-1.sqlite');
      const result = await runCli(['backup', backup], { DATA_DIR: dataDir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Backed up .* \(\d+ KiB, 10 accounts, migrations up to \d{4}_/,
      );

      expect(count(backup, 'select count(*) as n from users')).toBe(10);
      expect(count(backup, 'select count(*) as n from sessions')).toBe(2);
      expect(
        count(backup, "select count(*) as n from audit_events where action = 'auth.sign_in'"),
      ).toBe(2);
      // One self-contained file, nothing beside it.
      expect(readdirSync(join(root, 'backups'))).toEqual(['opale-1.sqlite']);

      const again = await runCli(['backup', backup], { DATA_DIR: dataDir });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already exists; choose a new file name/);
    } finally {
      await server.stop();
    }
  });

  it('refuses to restore while the server runs, and restores once it is stopped', async () => {
    const { root, dataDir, webDist } = workspace();
    const server = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    const backup = join(root, 'before.sqlite');
    let stopped = false;
    try {
      expect((await runCli(['backup', backup], { DATA_DIR: dataDir })).code).toBe(0);

      // After the backup: a new account through the CLI, while the server runs.
      const added = await runCli(
        [
          'create-admin',
          '--email',
          'late@example.org',
          '--name',
          'Late Admin',
          '--platform',
          'calais',
          '--organisation',
          'Utopia 56',
        ],
        { DATA_DIR: dataDir, OPALE_ADMIN_PASSWORD: 'a long enough password' },
      );
      expect(added.code).toBe(0);
      expect(
        await whoIs(server, await signIn(server, 'late@example.org', 'a long enough password')),
      ).toBe('late@example.org');

      const refused = await runCli(['restore', backup], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /An Opale server \(process \d+\) is running on .*Stop it before restoring; nothing was changed\./,
      );

      expect((await server.stop()).code).toBe(0);
      stopped = true;
      const restored = await runCli(['restore', backup], { DATA_DIR: dataDir });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/Restored .* \(10 accounts/);
      expect(restored.stdout).toMatch(
        /The database it replaced is kept at .*opale\.sqlite\.before-restore-/,
      );

      const databaseFile = join(dataDir, 'opale.sqlite');
      expect(
        count(databaseFile, "select count(*) as n from users where email = 'late@example.org'"),
      ).toBe(0);
      expect(count(databaseFile, 'select count(*) as n from users')).toBe(10);
      const kept = readdirSync(dataDir).find((name) => name.includes('before-restore'))!;
      expect(
        count(
          join(dataDir, kept),
          "select count(*) as n from users where email = 'late@example.org'",
        ),
      ).toBe(1);
      expect(existsSync(`${databaseFile}-wal`)).toBe(false);

      // The restored database serves.
      const after = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
      expect(
        (
          await postJson(after, '/auth/login', {
            email: 'late@example.org',
            password: 'a long enough password',
          })
        ).status,
      ).toBe(401);
      expect(await whoIs(after, await signIn(after, 'admin.calais@demo.opale'))).toBe(
        'admin.calais@demo.opale',
      );
      await after.stop();
    } finally {
      if (!stopped) await server.stop();
    }
  });

  it('keeps the incident evidence with a backup, and puts it back on restore', async () => {
    const { root, dataDir, webDist } = workspace();
    const server = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
    const backup = join(root, 'with-evidence.sqlite');
    let stopped = false;
    try {
      const rep = await signIn(server, 'rep.calais@demo.opale');
      const created = await postJson(
        server,
        '/trpc/incident.create',
        {
          platform: 'calais',
          idempotencyKey: randomUUID(),
          draft: {
            type: 'fine',
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            siteId: null,
            placeText: 'Rue de la gare',
            commune: 'Calais',
            authority: 'police_municipale',
            officers: 2,
            vehicles: 1,
            itemsSeized: null,
            fineAmountCents: 13500,
            fineNoticeDate: null,
            narrative: 'A fine on the van during the morning distribution.',
          },
        },
        { cookie: rep },
      );
      expect(created.status, await created.clone().text()).toBe(200);
      const { id } = ((await created.json()) as { result: { data: { id: string } } }).result.data;
      const upload = await fetch(`${server.url}/evidence/calais/${id}`, {
        method: 'POST',
        headers: {
          cookie: rep,
          origin: publicOrigin,
          'content-type': 'image/jpeg',
          'idempotency-key': randomUUID(),
        },
        body: gpsPhoto,
      });
      expect(upload.status, await upload.clone().text()).toBe(201);
      const { id: attachmentId, sha256 } = (await upload.json()) as { id: string; sha256: string };

      const result = await runCli(['backup', backup], { DATA_DIR: dataDir });
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(
        /Incident evidence: 1 files in .*with-evidence\.sqlite\.evidence/,
      );
      const [kept] = readdirSync(`${backup}.evidence`);
      expect(
        createHash('sha256')
          .update(readFileSync(join(`${backup}.evidence`, kept!)))
          .digest('hex'),
      ).toBe(sha256);

      // The file is lost on the server's disk; the restore brings it back with the database.
      expect((await server.stop()).code).toBe(0);
      stopped = true;
      rmSync(join(dataDir, 'evidence', kept!));
      const restored = await runCli(['restore', backup], { DATA_DIR: dataDir });
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toMatch(/Incident evidence: 1 files put back\./);
      const after = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist });
      try {
        const file = await fetch(`${after.url}/evidence/calais/file/${attachmentId}`, {
          headers: { cookie: await signIn(after, 'rep.calais@demo.opale') },
        });
        expect(file.status).toBe(200);
        expect(
          createHash('sha256')
            .update(Buffer.from(await file.arrayBuffer()))
            .digest('hex'),
        ).toBe(sha256);
      } finally {
        await after.stop();
      }
    } finally {
      if (!stopped) await server.stop();
    }
  });

  it('refuses to restore a file that is not an Opale database, changing nothing', async () => {
    const { root, dataDir } = workspace();
    expect((await runCli(['seed-demo'], { DATA_DIR: dataDir })).code).toBe(0);

    const text = join(root, 'notes.txt');
    writeFileSync(text, 'not a database at all');
    const notSqlite = await runCli(['restore', text], { DATA_DIR: dataDir });
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.stderr).toMatch(/is not an SQLite database/);

    const other = join(root, 'other.sqlite');
    const db = new SQLite(other);
    db.exec('create table recipes (name text)');
    db.close();
    const notOpale = await runCli(['restore', other], { DATA_DIR: dataDir });
    expect(notOpale.code).toBe(1);
    expect(notOpale.stderr).toMatch(/not an Opale one/);

    expect(count(join(dataDir, 'opale.sqlite'), 'select count(*) as n from users')).toBe(10);
    expect(readdirSync(dataDir).filter((name) => name.includes('before-restore'))).toEqual([]);
  });

  it('resolves file names against the folder the command was typed in', async () => {
    const { root, dataDir } = workspace();
    expect((await runCli(['seed-demo'], { DATA_DIR: dataDir })).code).toBe(0);
    const result = await runCli(['backup', 'relative.sqlite'], {
      DATA_DIR: dataDir,
      INIT_CWD: root,
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(root, 'relative.sqlite'))).toBe(true);
  });

  it('creates the first admin with the platform and organisation, reading the password from stdin', async () => {
    const { dataDir, webDist } = workspace();
    const result = await runCli(
      [
        'create-admin',
        '--email',
        'Coordination@Example.org',
        '--name',
        'Maëlle',
        '--platform',
        'grande-synthe',
        '--platform-name',
        'Grande-Synthe',
        '--organisation',
        'Collectif du Littoral',
        '--organisation-kind',
        'collective',
        '--password-stdin',
      ],
      { DATA_DIR: dataDir },
      'correct horse battery staple\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created the platform grande-synthe.');
    expect(result.stdout).toContain('Created the organisation Collectif du Littoral.');
    expect(result.stdout).toContain('coordination@example.org is now admin of grande-synthe.');

    const server = await startServerProcess({ DATA_DIR: dataDir, WEB_DIST: webDist }, ['serve']);
    try {
      const cookie = await signIn(
        server,
        'coordination@example.org',
        'correct horse battery staple',
      );
      const me = (await (
        await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } })
      ).json()) as {
        result: {
          data: { memberships: { role: string; platformName: string; organisationName: string }[] };
        };
      };
      expect(me.result.data.memberships).toEqual([
        expect.objectContaining({
          role: 'admin',
          platformName: 'Grande-Synthe',
          organisationName: 'Collectif du Littoral',
        }),
      ]);
      // The appointment is in the platform's audit trail, made by no account (the operator).
      const audit = (await (
        await fetch(
          `${server.url}/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ platform: 'grande-synthe', action: 'member.admin_appointed' }))}`,
          { headers: { cookie } },
        )
      ).json()) as {
        result: { data: { events: { actorId: string | null; detail: { from: string | null } }[] } };
      };
      expect(audit.result.data.events.map((e) => [e.actorId, e.detail.from])).toEqual([
        [null, null],
      ]);
    } finally {
      await server.stop();
    }

    const again = await runCli(
      [
        'create-admin',
        '--email',
        'coordination@example.org',
        '--name',
        'Maëlle',
        '--platform',
        'grande-synthe',
        '--organisation',
        'collectif du littoral',
      ],
      { DATA_DIR: dataDir },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('its password was left unchanged');
    expect(again.stdout).toContain('was already admin of grande-synthe; nothing else changed.');
    expect(again.stdout).not.toContain('Created');
  });

  it('promotes an existing member to admin without touching their password', async () => {
    const { dataDir } = workspace();
    expect((await runCli(['seed-demo'], { DATA_DIR: dataDir })).code).toBe(0);
    const result = await runCli(
      [
        'create-admin',
        '--email',
        'rep.calais@demo.opale',
        '--name',
        'Sacha',
        '--platform',
        'calais',
        '--organisation',
        'Utopia 56',
      ],
      { DATA_DIR: dataDir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'rep.calais@demo.opale was already a member of calais and is now its admin.',
    );
    expect(result.stdout).toContain(
      'They stay in their organisation on calais, Refugee Community Kitchen',
    );
  });

  it('explains what is missing or wrong in create-admin, with the usage', async () => {
    const { dataDir } = workspace();
    const missing = await runCli(['create-admin', '--email', 'a@example.org'], {
      DATA_DIR: dataDir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/create-admin needs --name, --platform, --organisation\./);
    expect(missing.stderr).toContain('Usage: pnpm opale <command>');

    const wrong = await runCli(
      [
        'create-admin',
        '--email',
        'not-an-email',
        '--name',
        'A',
        '--platform',
        'Calais!',
        '--organisation',
        'Org',
        '--colour',
        'red',
      ],
      { DATA_DIR: dataDir },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Unknown option '--colour'/);

    const invalid = await runCli(
      [
        'create-admin',
        '--email',
        'not-an-email',
        '--name',
        'A',
        '--platform',
        'Calais!',
        '--organisation',
        'Org',
      ],
      { DATA_DIR: dataDir },
    );
    expect(invalid.stderr).toMatch(/--email: Enter an email address/);
    expect(invalid.stderr).toMatch(/--platform: A platform slug is/);

    const noPassword = await runCli(
      [
        'create-admin',
        '--email',
        'a@example.org',
        '--name',
        'A',
        '--platform',
        'calais',
        '--organisation',
        'Org',
      ],
      { DATA_DIR: dataDir },
    );
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toMatch(
      /No password for the new account: .*OPALE_ADMIN_PASSWORD.*--password-stdin/,
    );

    const shortPassword = await runCli(
      [
        'create-admin',
        '--email',
        'a@example.org',
        '--name',
        'A',
        '--platform',
        'calais',
        '--organisation',
        'Org',
      ],
      { DATA_DIR: dataDir, OPALE_ADMIN_PASSWORD: 'short' },
    );
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toMatch(/at least 10 characters/);
  });

  it('seeds the demo dataset only into an empty database', async () => {
    const { dataDir } = workspace();
    const first = await runCli(['seed-demo'], { DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/observer\.dunkirk@demo\.opale\s+observer\s+Dunkirk/);
    const second = await runCli(['seed-demo'], { DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already has accounts, so the demo dataset was not added/);
  });

  it('migrates, then says when there is nothing left to do', async () => {
    const { dataDir } = workspace();
    const first = await runCli(['migrate'], { DATA_DIR: dataDir });
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\) to .*opale\.sqlite: 0001_accounts/);
    const second = await runCli(['migrate'], { DATA_DIR: dataDir });
    expect(second.stdout).toMatch(/is already up to date/);
  });

  it('answers an unknown command or a missing file name with the usage', async () => {
    const { dataDir } = workspace();
    const unknown = await runCli(['frobnicate'], { DATA_DIR: dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /^Unknown command 'frobnicate'\.\n\nUsage: pnpm opale <command>/,
    );
    const noFile = await runCli(['backup'], { DATA_DIR: dataDir });
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toMatch(/backup needs exactly one file name/);
    const help = await runCli([], { DATA_DIR: dataDir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('restore <file>');
  });
});
