/**
 * Incident evidence over real HTTP, on a real server with a temporary data folder: a real phone
 * photo carrying GPS goes in, comes out without it, under the hash recorded at upload, and only
 * to the people who may read the incident.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@opale/api';
import type { IncidentDraft } from '@opale/core';
import {
  findPlatformBySlug,
  insertGroup,
  insertMembership,
  insertUser,
  listAuditEvents,
  listIncidentAttachments,
  upsertGroupOrganisation,
} from '@opale/db';
import { buildServer } from '../src/app';
import { gpsPhoto, movieWithLocation } from './evidence-files';
import { ownOrganisationOf, organisationIdsOf, trpcMutation } from './schedule-fixture';
import { publicOrigin, signIn, startTestServer, type TestServer } from './support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface AttachmentAnswer {
  id: string;
  kind: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string;
  createdAt: string;
}

const draft: IncidentDraft = {
  type: 'equipment_seizure',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  siteId: null,
  placeText: 'Rue des Sablières',
  commune: 'Calais',
  authority: 'crs',
  officers: 8,
  vehicles: 2,
  itemsSeized: 30,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'Tents and sleeping bags were taken during the evening meal.',
};

describe('incident evidence over HTTP', () => {
  let server: TestServer;
  let field: string;
  let rep: string;
  let otherField: string;
  let outsider: string; // admin.calais: Utopia 56, not the reporting organisation
  let observer: string;
  let dunkirk: string;
  let platformId: string;
  let rck: string;
  const evidenceDir = () => join(server.config.dataDir, 'evidence');

  async function report(cookie = field): Promise<string> {
    const answer = await trpcMutation<{ id: string }>(server, cookie, 'incident.create', {
      platform: 'calais',
      idempotencyKey: randomUUID(),
      draft,
    });
    return answer.id;
  }

  function upload(
    cookie: string | null,
    incidentId: string,
    body: Uint8Array,
    options: { type?: string; key?: string; name?: string; origin?: string | null } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {
      'content-type': options.type ?? 'image/jpeg',
      'idempotency-key': options.key ?? randomUUID(),
    };
    if (cookie) headers.cookie = cookie;
    if (options.origin !== null) headers.origin = options.origin ?? publicOrigin;
    if (options.name !== undefined) headers['x-file-name'] = encodeURIComponent(options.name);
    return fetch(`${server.url}/evidence/calais/${incidentId}`, {
      method: 'POST',
      headers,
      body,
    });
  }

  function download(cookie: string | null, attachmentId: string, headers = {}) {
    return fetch(`${server.url}/evidence/calais/file/${attachmentId}`, {
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
  }

  async function getIncident(cookie: string, incidentId: string) {
    const input = encodeURIComponent(JSON.stringify({ platform: 'calais', incidentId }));
    const response = await fetch(`${server.url}/trpc/incident.get?input=${input}`, {
      headers: { cookie },
    });
    return (await response.json()) as {
      result?: { data: { attachments: (AttachmentAnswer & { url: string })[] } };
    };
  }

  async function auditedAs(action: string) {
    return listAuditEvents(server.handle.db, { platformId, action, limit: 100 });
  }

  beforeAll(async () => {
    server = await startTestServer();
    field = await signIn(server, 'field.calais@demo.opale');
    rep = await signIn(server, 'rep.calais@demo.opale');
    outsider = await signIn(server, 'admin.calais@demo.opale');
    observer = await signIn(server, 'observer.calais@demo.opale');
    dunkirk = await signIn(server, 'field.dunkirk@demo.opale');
    platformId = (await findPlatformBySlug(server.handle.db, 'calais'))!.id;
    rck = await ownOrganisationOf(server, field);

    // A second field volunteer of the same organisation as field.calais.
    const at = new Date().toISOString();
    const userId = randomUUID();
    await insertUser(server.handle.db, {
      id: userId,
      email: 'field2.calais@evidence.test',
      name: 'Second field volunteer',
      passwordHash: await hashPassword('opale-demo'),
      locale: 'en',
      createdAt: at,
      passwordChangedAt: at,
    });
    await insertMembership(server.handle.db, {
      id: randomUUID(),
      userId,
      platformId,
      organisationId: rck,
      role: 'field',
      createdAt: at,
      updatedAt: at,
    });
    otherField = await signIn(server, 'field2.calais@evidence.test');
  });
  afterAll(async () => {
    await server.close();
  });

  it('strips GPS, camera and dates from a real phone photo, and serves exactly what it hashed', async () => {
    const before = (await exifr.parse(gpsPhoto, { tiff: true, exif: true, gps: true })) as Record<
      string,
      unknown
    >;
    expect(before).toMatchObject({ Make: 'Apple', Model: 'iPhone 12', latitude: 50.9581 });
    expect(before.DateTimeOriginal).toBeInstanceOf(Date);

    const incidentId = await report();
    const response = await upload(field, incidentId, gpsPhoto, { name: 'IMG_0042 Judée.jpg' });
    expect(response.status, await response.clone().text()).toBe(201);
    const answer = (await response.json()) as AttachmentAnswer;
    expect(answer).toMatchObject({
      kind: 'photo',
      mediaType: 'image/jpeg',
      fileName: 'IMG_0042 Judée.jpg',
    });

    const served = await download(field, answer.id);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    // The hash answered at upload, recorded, and of the bytes served and on disk are one.
    const [row] = await listIncidentAttachments(server.handle.db, incidentId);
    expect(row).toMatchObject({ id: answer.id, sha256: answer.sha256, sizeBytes: bytes.length });
    expect(sha256(bytes)).toBe(answer.sha256);
    const onDisk = join(evidenceDir(), row!.storageKey);
    expect(sha256(readFileSync(onDisk))).toBe(answer.sha256);
    expect(answer.sizeBytes).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(gpsPhoto.length);

    // No location, camera or date left, in any of Exif, XMP or IPTC; still upright.
    const after = (await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
    })) as Record<string, unknown>;
    expect(after).toEqual({ Orientation: 'Rotate 90 CW' });
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.orientation(bytes)).toBe(6);
    // Still a JPEG of the same size, pixel for pixel.
    const original = jpeg.decode(gpsPhoto, { useTArray: true });
    const image = jpeg.decode(bytes, { useTArray: true });
    expect([image.width, image.height]).toEqual([original.width, original.height]);
    expect(Buffer.from(image.data).equals(Buffer.from(original.data))).toBe(true);

    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('content-disposition')).toBe(
      `inline; filename="IMG_0042 Jude_e.jpg"; filename*=UTF-8''IMG_0042%20Jud%C3%A9e.jpg`,
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
    expect(served.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(served.headers.get('repr-digest')).toBe(
      `sha-256=:${Buffer.from(answer.sha256, 'hex').toString('base64')}:`,
    );
    expect(served.headers.get('etag')).toBe(`"sha256-${answer.sha256}"`);

    // Stored privately, named by a random key.
    expect(statSync(evidenceDir()).mode & 0o777).toBe(0o700);
    expect(statSync(onDisk).mode & 0o777).toBe(0o600);
    expect(row!.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(readdirSync(evidenceDir()).some((name) => name.includes('IMG'))).toBe(false);

    const [added] = (await auditedAs('incident.attachment_added')).filter(
      (e) => e.targetId === incidentId,
    );
    expect(JSON.parse(added!.detail)).toEqual({
      attachmentId: answer.id,
      kind: 'photo',
      sizeBytes: answer.sizeBytes,
      sha256: answer.sha256,
    });

    const incident = await getIncident(field, incidentId);
    expect(incident.result?.data.attachments).toEqual([
      { ...answer, url: `/evidence/calais/file/${answer.id}` },
    ]);
  });

  it('answers a retried upload with the same attachment, never a second row or file', async () => {
    const incidentId = await report();
    const key = randomUUID();
    const filesBefore = readdirSync(evidenceDir()).length;
    const first = await upload(field, incidentId, gpsPhoto, { key });
    const again = await upload(field, incidentId, gpsPhoto, { key });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(await again.json()).toEqual(await first.json());
    expect(await listIncidentAttachments(server.handle.db, incidentId)).toHaveLength(1);
    expect(readdirSync(evidenceDir())).toHaveLength(filesBefore + 1);
  });

  it('refuses a photo over 15 MB with 413 and keeps nothing of it', async () => {
    const incidentId = await report();
    const filesBefore = readdirSync(evidenceDir()).sort();
    const tooLarge = Buffer.alloc(15 * 1024 * 1024 + 1);
    gpsPhoto.copy(tooLarge);
    const response = await upload(field, incidentId, tooLarge);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/larger than 15 MB/);

    // A sender that does not say the size up front is cut off once past the limit.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${server.url}/evidence/calais/${incidentId}`);
      const request = httpRequest(url, {
        method: 'POST',
        headers: {
          cookie: field,
          origin: publicOrigin,
          'content-type': 'image/jpeg',
          'idempotency-key': randomUUID(),
          'transfer-encoding': 'chunked',
        },
      });
      request.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0xab);
      gpsPhoto.copy(chunk);
      let sent = 0;
      const sendMore = () => {
        // Stops sending on its own after 20 MB, whatever the server does.
        while (sent < 20) {
          sent++;
          if (!request.write(chunk)) return request.once('drain', sendMore);
        }
        request.end();
      };
      sendMore();
    });
    expect(streamed.status).toBe(413);
    expect(streamed.body).toMatch(/larger than 15 MB/);
    expect(await listIncidentAttachments(server.handle.db, incidentId)).toEqual([]);
    expect(readdirSync(evidenceDir()).sort()).toEqual(filesBefore);
  });

  it('refuses bytes that are not the type they claim with 415, and types it does not keep', async () => {
    const incidentId = await report();
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const pdfBytes = await pdf.save();
    const mislabelled = await upload(field, incidentId, pdfBytes, { type: 'image/jpeg' });
    expect(mislabelled.status).toBe(415);
    expect(((await mislabelled.json()) as { error: string }).error).toMatch(
      /says it is image\/jpeg but its content is application\/pdf/,
    );
    const gif = await upload(field, incidentId, Buffer.from('GIF89a……'), { type: 'image/gif' });
    expect(gif.status).toBe(415);
    expect(((await gif.json()) as { error: string }).error).toMatch(/not 'image\/gif'/);
    const html = await upload(field, incidentId, Buffer.from('<script>alert(1)</script>'), {
      type: 'application/pdf',
    });
    expect(html.status).toBe(415);
    expect(await listIncidentAttachments(server.handle.db, incidentId)).toEqual([]);
  });

  it('strips a PDF through the same route, and refuses one it cannot read with 422', async () => {
    const incidentId = await report();
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.setAuthor('Camille Martin');
    const response = await upload(field, incidentId, await pdf.save({ useObjectStreams: false }), {
      type: 'application/pdf',
      name: 'PV.pdf',
    });
    expect(response.status).toBe(201);
    const answer = (await response.json()) as AttachmentAnswer;
    const served = Buffer.from(await (await download(field, answer.id)).arrayBuffer());
    expect((await PDFDocument.load(served)).getAuthor()).toBeUndefined();
    expect(served.includes(Buffer.from('Camille'))).toBe(false);

    const broken = await upload(field, incidentId, Buffer.from('%PDF-1.7\nnot really a PDF'), {
      type: 'application/pdf',
    });
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: string }).error).toMatch(/could not read this PDF/);
  });

  it('blanks a video’s location in place: same size, same media, no GPS', async () => {
    const incidentId = await report();
    const { file, mdat } = movieWithLocation();
    expect(file.includes(Buffer.from('+50.9581'))).toBe(true);
    const response = await upload(field, incidentId, file, {
      type: 'video/quicktime',
      name: 'IMG_0043.MOV',
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const answer = (await response.json()) as AttachmentAnswer;
    expect(answer).toMatchObject({ kind: 'video', mediaType: 'video/quicktime' });
    const served = await download(field, answer.id);
    expect(served.headers.get('content-type')).toBe('video/quicktime');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(file.length);
    expect(sha256(bytes)).toBe(answer.sha256);
    expect(bytes.includes(Buffer.from('+50.9581'))).toBe(false);
    expect(bytes.includes(Buffer.from('Apple'))).toBe(false);
    expect(bytes.indexOf(mdat)).toBe(file.indexOf(mdat));
  });

  it('keeps the file from outsiders: signed out 401; another organisation, platform or field member 404', async () => {
    const incidentId = await report();
    const answer = (await (await upload(field, incidentId, gpsPhoto)).json()) as AttachmentAnswer;
    expect((await download(null, answer.id)).status).toBe(401);
    for (const cookie of [outsider, observer, dunkirk, otherField]) {
      const response = await download(cookie, answer.id);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
    }
    // The same answer as for a file that never existed.
    const missing = await download(outsider, randomUUID());
    expect(missing.status).toBe(404);
    // The organisation's rep reads it.
    expect((await download(rep, answer.id)).status).toBe(200);
    // Nor can an outsider add to the report.
    expect((await upload(outsider, incidentId, gpsPhoto)).status).toBe(404);
    expect((await upload(null, incidentId, gpsPhoto)).status).toBe(401);
  });

  it('serves a shared report’s evidence to the group, and audits the read from outside', async () => {
    const incidentId = await report();
    const answer = (await (await upload(field, incidentId, gpsPhoto)).json()) as AttachmentAnswer;
    const groupId = randomUUID();
    const at = new Date().toISOString();
    await insertGroup(server.handle.db, {
      id: groupId,
      platformId,
      name: 'Legal observers',
      kind: 'coalition',
      createdAt: at,
    });
    const idOf = await organisationIdsOf(server, 'calais');
    for (const organisationId of [rck, idOf('Utopia 56')]) {
      await upsertGroupOrganisation(server.handle.db, {
        groupId,
        organisationId,
        status: 'member',
        addedAt: at,
        answeredAt: at,
      });
    }
    expect((await download(outsider, answer.id)).status).toBe(404);
    await trpcMutation(server, rep, 'incident.verify', { platform: 'calais', incidentId });
    await trpcMutation(server, rep, 'incident.share', { platform: 'calais', incidentId, groupId });

    const response = await download(outsider, answer.id);
    expect(response.status).toBe(200);
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(answer.sha256);
    const reads = (await auditedAs('incident.read_outside')).filter(
      (e) =>
        e.targetId === incidentId &&
        (JSON.parse(e.detail) as { via?: string }).via === 'attachment',
    );
    expect(reads).toHaveLength(1);
    expect(JSON.parse(reads[0]!.detail)).toMatchObject({ attachmentId: answer.id });
    // An organisation outside the group still sees nothing.
    expect((await download(observer, answer.id)).status).toBe(404);
    // Reading is not editing: the group cannot add evidence.
    expect((await upload(outsider, incidentId, gpsPhoto)).status).toBe(403);
  });

  it('lets the author add evidence to their draft only, and the rep while the report is open', async () => {
    const incidentId = await report();
    expect((await upload(otherField, incidentId, gpsPhoto)).status).toBe(404);
    await trpcMutation(server, rep, 'incident.verify', { platform: 'calais', incidentId });
    const late = await upload(field, incidentId, gpsPhoto);
    expect(late.status).toBe(403);
    expect(((await late.json()) as { error: string }).error).toMatch(/ask a rep/);
    expect((await upload(rep, incidentId, gpsPhoto)).status).toBe(201);
  });

  it('checks where an upload comes from and that it says which upload it is', async () => {
    const incidentId = await report();
    const crossSite = await upload(field, incidentId, gpsPhoto, { origin: 'https://evil.test' });
    expect(crossSite.status).toBe(403);
    const noOrigin = await upload(field, incidentId, gpsPhoto, { origin: null });
    expect(noOrigin.status).toBe(403);
    const noKey = await upload(field, incidentId, gpsPhoto, { key: 'again' });
    expect(noKey.status).toBe(400);
    expect(((await noKey.json()) as { error: string }).error).toMatch(/Idempotency-Key/);
    expect(await listIncidentAttachments(server.handle.db, incidentId)).toEqual([]);
  });

  it('is reachable by no other path than its route', async () => {
    const incidentId = await report();
    const answer = (await (await upload(field, incidentId, gpsPhoto)).json()) as AttachmentAnswer;
    const [row] = await listIncidentAttachments(server.handle.db, incidentId);
    const key = row!.storageKey;
    // Outside /evidence a path without a dot opens the web app (its index.html), never the file.
    for (const path of [`/${key}`, `/data/evidence/${key}`, `/assets/../../data/evidence/${key}`]) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: field } });
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-type'), path).not.toMatch(/image/);
      expect(sha256(body), path).not.toBe(answer.sha256);
      if (response.status === 200) expect(body.toString()).toContain('Opale test app');
    }
    for (const path of [
      `/evidence/${key}`,
      `/evidence/calais/${key}`,
      `/evidence/calais/file/${key}`,
      `/evidence/calais/file/..%2F..%2Fevidence%2F${key}`,
      `/evidence/calais/file/%2E%2E%2F${key}`,
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: field } });
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.status, path).toBe(404);
      expect(sha256(body), path).not.toBe(answer.sha256);
    }
  });

  it('serves a byte range, as video players ask for one', async () => {
    const incidentId = await report();
    const answer = (await (await upload(field, incidentId, gpsPhoto)).json()) as AttachmentAnswer;
    const whole = Buffer.from(await (await download(field, answer.id)).arrayBuffer());
    const part = await download(field, answer.id, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(100, 200));
    const outside = await download(field, answer.id, { range: `bytes=${whole.length}-` });
    expect(outside.status).toBe(416);
  });

  it('sweeps, at start, files that no attachment refers to and keeps the others', async () => {
    const incidentId = await report();
    await upload(field, incidentId, gpsPhoto);
    const [row] = await listIncidentAttachments(server.handle.db, incidentId);
    const orphan = 'f'.repeat(32);
    writeFileSync(join(evidenceDir(), orphan), 'left by an incident deleted with its rows');
    writeFileSync(join(evidenceDir(), '.incoming-feed'), 'half an upload, before a crash');
    // A restart on the same data folder (the first server's folder is otherwise untouched).
    const restarted = await buildServer(server.config, { db: server.handle.db });
    try {
      const files = readdirSync(evidenceDir());
      expect(files).toContain(row!.storageKey);
      expect(files).not.toContain(orphan);
      expect(files).not.toContain('.incoming-feed');
    } finally {
      await restarted.close();
    }
  });

  it('deletes the file with the attachment when it is removed', async () => {
    const incidentId = await report();
    const answer = (await (await upload(field, incidentId, gpsPhoto)).json()) as AttachmentAnswer;
    const [row] = await listIncidentAttachments(server.handle.db, incidentId);
    const onDisk = join(evidenceDir(), row!.storageKey);
    expect(existsSync(onDisk)).toBe(true);
    expect(
      await trpcMutation(server, field, 'incident.removeAttachment', {
        platform: 'calais',
        incidentId,
        attachmentId: answer.id,
      }),
    ).toEqual({ id: answer.id, removed: true });
    expect(existsSync(onDisk)).toBe(false);
    expect((await download(field, answer.id)).status).toBe(404);
  });
});
