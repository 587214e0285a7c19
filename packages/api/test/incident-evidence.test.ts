/**
 * Evidence through the API: `incident.get` lists it for every reader, `removeAttachment` is for
 * whoever may edit the report. The bytes themselves go over HTTP (apps/server's evidence test).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentDraft } from '@opale/core';
import {
  findIncidentAttachmentById,
  insertGroup,
  insertIncidentAttachmentOnce,
  listAuditEvents,
  upsertGroupOrganisation,
} from '@opale/db';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

const draft: IncidentDraft = {
  type: 'equipment_seizure',
  occurredAt: '2026-11-25T17:45:00.000Z',
  siteId: null,
  placeText: 'Hospital roundabout',
  commune: 'Calais',
  authority: 'crs',
  officers: 6,
  vehicles: 2,
  itemsSeized: 14,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'Sleeping bags were taken while they were being handed out.',
};
const groupId = '50000000-0000-4000-8000-000000000001';
const sha256 = 'e3'.repeat(32);

describe('incident evidence in the API', () => {
  let f: Fixture;
  let field: Caller;
  let rep: Caller;
  let otherField: Caller;
  let ecpatRep: Caller;
  let incidentId: string;
  let attachmentId: string;

  async function attach(id: string, key: string): Promise<void> {
    await insertIncidentAttachmentOnce(f.db, {
      id,
      incidentId,
      kind: 'photo',
      mediaType: 'image/jpeg',
      sizeBytes: 5000,
      sha256,
      fileName: 'IMG_0042.jpg',
      storageKey: `key-${id}`,
      idempotencyKey: key,
      createdBy: f.calais.field.userId,
      createdAt: f.clock.now().toISOString(),
    });
  }

  beforeEach(async () => {
    f = await createFixture();
    field = (await f.signInAs(f.calais.field.userId)).caller;
    rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const other = await f.addMember(
      'field2@calais.test',
      f.platforms.calais.id,
      f.organisations.utopia,
      'field',
    );
    otherField = (await f.signInAs(other.userId)).caller;
    const ecpat = await f.addMember(
      'rep@ecpat.test',
      f.platforms.calais.id,
      f.organisations.ecpat,
      'rep',
    );
    ecpatRep = (await f.signInAs(ecpat.userId)).caller;
    incidentId = (
      await field.incident.create({ platform: 'calais', idempotencyKey: randomUUID(), draft })
    ).id;
    attachmentId = randomUUID();
    await attach(attachmentId, 'upload-1');
  });
  afterEach(async () => {
    await f.close();
  });

  it('lists a report’s evidence with its hash and download path', async () => {
    const report = await field.incident.get({ platform: 'calais', incidentId });
    expect(report.attachments).toEqual([
      {
        id: attachmentId,
        kind: 'photo',
        mediaType: 'image/jpeg',
        sizeBytes: 5000,
        sha256,
        fileName: 'IMG_0042.jpg',
        createdAt: f.clock.now().toISOString(),
        url: `/evidence/calais/file/${attachmentId}`,
      },
    ]);
  });

  it('shows the evidence to a group the report is shared with, and to nobody else outside', async () => {
    const error = await refusal(ecpatRep.incident.get({ platform: 'calais', incidentId }));
    expect(error.code).toBe('NOT_FOUND');

    const at = f.clock.now().toISOString();
    await insertGroup(f.db, {
      id: groupId,
      platformId: f.platforms.calais.id,
      name: 'Legal',
      kind: 'coalition',
      createdAt: at,
    });
    for (const organisationId of [f.organisations.utopia, f.organisations.ecpat]) {
      await upsertGroupOrganisation(f.db, {
        groupId,
        organisationId,
        status: 'member',
        addedAt: at,
        answeredAt: at,
      });
    }
    await rep.incident.verify({ platform: 'calais', incidentId });
    await rep.incident.share({ platform: 'calais', incidentId, groupId });
    const shared = await ecpatRep.incident.get({ platform: 'calais', incidentId });
    expect(shared.attachments.map((a) => a.id)).toEqual([attachmentId]);
  });

  it('lets the author remove evidence from their draft, deleting the file, and audits it', async () => {
    expect(
      await field.incident.removeAttachment({ platform: 'calais', incidentId, attachmentId }),
    ).toEqual({ id: attachmentId, removed: true });
    expect(await findIncidentAttachmentById(f.db, attachmentId)).toBeUndefined();
    expect(f.evidence.removed).toEqual([`key-${attachmentId}`]);
    const events = await listAuditEvents(f.db, {
      platformId: f.platforms.calais.id,
      action: 'incident.attachment_removed',
      limit: 10,
    });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.detail)).toEqual({
      attachmentId,
      kind: 'photo',
      sizeBytes: 5000,
      sha256,
    });
    expect(events[0]!.detail).not.toContain('IMG_0042');

    // A retry after a lost answer changes nothing.
    expect(
      await field.incident.removeAttachment({ platform: 'calais', incidentId, attachmentId }),
    ).toEqual({ id: attachmentId, removed: false });
    expect(f.evidence.removed).toHaveLength(1);
  });

  it('refuses another field member, and the author once the report is verified', async () => {
    const hidden = await refusal(
      otherField.incident.removeAttachment({ platform: 'calais', incidentId, attachmentId }),
    );
    expect(hidden.code).toBe('NOT_FOUND');

    await rep.incident.verify({ platform: 'calais', incidentId });
    const refused = await refusal(
      field.incident.removeAttachment({ platform: 'calais', incidentId, attachmentId }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/rep of the organisation/);
    expect(await findIncidentAttachmentById(f.db, attachmentId)).toMatchObject({
      id: attachmentId,
      incidentId,
    });
    expect(f.evidence.removed).toEqual([]);

    // The organisation's rep still may.
    await rep.incident.removeAttachment({ platform: 'calais', incidentId, attachmentId });
    expect(f.evidence.removed).toEqual([`key-${attachmentId}`]);
  });

  it('does not remove an attachment through another report', async () => {
    const otherReport = (
      await field.incident.create({ platform: 'calais', idempotencyKey: randomUUID(), draft })
    ).id;
    expect(
      await field.incident.removeAttachment({
        platform: 'calais',
        incidentId: otherReport,
        attachmentId,
      }),
    ).toEqual({ id: attachmentId, removed: false });
    expect(await findIncidentAttachmentById(f.db, attachmentId)).toMatchObject({
      id: attachmentId,
      incidentId,
    });
  });
});
