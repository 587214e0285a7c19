import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { IncidentDraft } from '@opale/core';
import { insertIncidentAttachmentOnce } from '@opale/db';
import { expireIncidents } from '../src/services/incident-expiry';
import { createFixture, type Fixture } from './fixture';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

const narrative = 'NARRATIVE-7f3a: the van was stopped and the soup poured out.';
const witnessName = 'WITNESS-c41d Jeanne Volontaire';

const draft: IncidentDraft = {
  type: 'distribution_obstruction',
  occurredAt: '2026-11-20T18:00:00.000Z',
  siteId: null,
  placeText: 'PLACE-91be behind the station',
  commune: 'Calais',
  authority: 'crs',
  officers: 8,
  vehicles: 2,
  itemsSeized: 3,
  fineAmountCents: 13500,
  fineNoticeDate: '2026-11-20',
  narrative,
};

const day = 86_400_000;
/** 6 years and a few days after 20 November 2026: past every default limit. */
const afterSixYears = new Date('2032-11-25T12:00:00.000Z');

describe('incident retention', () => {
  let f: Fixture;
  let field: Caller;
  let rep: Caller;
  let admin: Caller;
  let observer: Caller;

  beforeEach(async () => {
    f = await createFixture();
    field = (await f.signInAs(f.calais.field.userId)).caller;
    rep = (await f.signInAs(f.calais.rep.userId)).caller;
    admin = (await f.signInAs(f.calais.admin.userId)).caller;
    observer = (await f.signInAs(f.calais.observer.userId)).caller;
  });
  afterEach(async () => {
    await f.close();
  });

  /** A report by the field member, verified by the rep unless it stays a draft. */
  async function report(options: { verified?: boolean; change?: Partial<IncidentDraft> } = {}) {
    const { id } = await field.incident.create({
      platform: 'calais',
      idempotencyKey: randomUUID(),
      draft: { ...draft, ...options.change },
    });
    if (options.verified !== false) {
      await rep.incident.verify({ platform: 'calais', incidentId: id });
    }
    return id;
  }

  async function attach(incidentId: string, storageKey: string) {
    await insertIncidentAttachmentOnce(f.db, {
      id: randomUUID(),
      incidentId,
      kind: 'photo',
      mediaType: 'image/jpeg',
      sizeBytes: 1234,
      sha256: 'a'.repeat(64),
      fileName: 'van.jpg',
      storageKey,
      idempotencyKey: randomUUID(),
      createdBy: f.calais.field.userId,
      createdAt: f.clock.now().toISOString(),
    });
  }

  const run = (now: Date) =>
    expireIncidents({
      db: f.db,
      now,
      removeEvidenceFile: (key) => f.evidence.remove(key),
      trigger: 'schedule',
    });

  const incidentRow = (id: string) =>
    f.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  const count = async (table: 'incidentWitnesses' | 'incidentAttachments', id: string) =>
    (await f.db.selectFrom(table).select('id').where('incidentId', '=', id).execute()).length;
  const expiryEvents = () =>
    f.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'incident.retention_expired')
      .orderBy('id')
      .execute();

  it('removes nothing before the limits, and everything due once the clock has passed them', async () => {
    const id = await report();
    await rep.incident.addWitness({
      platform: 'calais',
      incidentId: id,
      witness: { name: witnessName, contact: '06 00 00 00 00' },
    });
    await rep.incident.addFollowup({
      platform: 'calais',
      incidentId: id,
      followup: {
        kind: 'complaint',
        filedOn: '2026-11-21',
        outcome: 'dismissed',
        notes: 'NOTES-2b9e lawyer says',
      },
    });
    await attach(id, 'evidence-key-1');

    const early = await run(new Date(f.clock.now().getTime() + 30 * day));
    expect(early.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      draftsDeleted: 0,
      witnessesErased: 0,
      attachmentsRemoved: 0,
      reportsRedacted: 0,
    });
    expect(await count('incidentWitnesses', id)).toBe(1);
    expect(await count('incidentAttachments', id)).toBe(1);
    expect((await incidentRow(id))?.narrative).toBe(narrative);
    expect(f.evidence.removed).toEqual([]);
    // An hourly run that found nothing leaves no trace in the audit log.
    expect(await expiryEvents()).toEqual([]);

    // A year on, the witness is gone, evidence and details are still kept.
    const yearOn = await run(new Date('2027-11-21T12:00:00.000Z'));
    expect(yearOn.platforms.find((p) => p.platformSlug === 'calais')?.witnessesErased).toBe(1);
    expect(await count('incidentWitnesses', id)).toBe(0);
    expect(await count('incidentAttachments', id)).toBe(1);

    const late = await run(afterSixYears);
    expect(late.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      attachmentsRemoved: 1,
      reportsRedacted: 1,
      filesNotRemoved: 0,
    });
    expect(f.evidence.removed).toEqual(['evidence-key-1']);
    expect(await count('incidentAttachments', id)).toBe(0);
    const row = await incidentRow(id);
    // The figures stay for the platform's reports; what it said is gone.
    expect(row).toMatchObject({
      type: 'distribution_obstruction',
      occurredAt: draft.occurredAt,
      commune: 'Calais',
      authority: 'crs',
      officers: 8,
      vehicles: 2,
      itemsSeized: 3,
      fineAmountCents: 13500,
      status: 'verified',
      narrative: '',
      placeText: null,
      siteId: null,
      redactedAt: afterSixYears.toISOString(),
    });
    const [followup] = await f.db.selectFrom('incidentFollowups').selectAll().execute();
    expect(followup).toMatchObject({ kind: 'complaint', outcome: 'dismissed', notes: '' });

    // Running again changes nothing: it was already done.
    const again = await run(new Date(afterSixYears.getTime() + day));
    expect(again.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      attachmentsRemoved: 0,
      reportsRedacted: 0,
    });
    expect(again.checkpoint).toMatchObject({ busy: 0 });

    // One event per run that removed something, with counts and never content.
    const events = await expiryEvents();
    expect(events.map((e) => JSON.parse(e.detail) as unknown)).toEqual([
      {
        trigger: 'schedule',
        draftsDeleted: 0,
        witnessesErased: 1,
        attachmentsRemoved: 0,
        reportsRedacted: 0,
        heldByFollowup: 0,
        filesNotRemoved: 0,
      },
      {
        trigger: 'schedule',
        draftsDeleted: 0,
        witnessesErased: 0,
        attachmentsRemoved: 1,
        reportsRedacted: 1,
        heldByFollowup: 0,
        filesNotRemoved: 0,
      },
    ]);
    expect(events.every((e) => e.platformId === f.platforms.calais.id && e.actorId === null)).toBe(
      true,
    );
  });

  it('keeps evidence and details past their limit while a complaint is pending', async () => {
    const id = await report();
    await attach(id, 'evidence-key-held');
    await rep.incident.addFollowup({
      platform: 'calais',
      incidentId: id,
      followup: { kind: 'court_action', filedOn: '2026-11-22', outcome: 'pending', notes: 'x' },
    });
    const result = await run(afterSixYears);
    expect(result.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      attachmentsRemoved: 0,
      reportsRedacted: 0,
      heldByFollowup: 1,
    });
    expect((await incidentRow(id))?.narrative).toBe(narrative);
    expect(await count('incidentAttachments', id)).toBe(1);
  });

  it('lets evidence and details go once the pending follow-up that held them is decided', async () => {
    const id = await report();
    await attach(id, 'evidence-key-court');
    const { id: followupId } = await rep.incident.addFollowup({
      platform: 'calais',
      incidentId: id,
      followup: { kind: 'court_action', filedOn: '2026-11-22', outcome: 'pending', notes: 'y' },
    });
    const held = await run(afterSixYears);
    expect(held.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      attachmentsRemoved: 0,
      reportsRedacted: 0,
      heldByFollowup: 1,
    });
    expect(await count('incidentAttachments', id)).toBe(1);
    expect(f.evidence.removed).toEqual([]);

    // Years later the court decides; the rep records it (the case clock stays where it was).
    f.clock.advance(afterSixYears.getTime() - f.clock.now().getTime());
    await rep.incident.updateFollowup({
      platform: 'calais',
      incidentId: id,
      followupId,
      outcome: 'upheld',
      notes: 'y',
      decidedOn: '2032-11-20',
    });
    const after = await run(new Date(afterSixYears.getTime() + day));
    expect(after.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      attachmentsRemoved: 1,
      reportsRedacted: 1,
      heldByFollowup: 0,
    });
    expect(await count('incidentAttachments', id)).toBe(0);
    expect(f.evidence.removed).toEqual(['evidence-key-court']);
    expect((await incidentRow(id))?.narrative).toBe('');
    const [followup] = await f.db.selectFrom('incidentFollowups').selectAll().execute();
    expect(followup).toMatchObject({ outcome: 'upheld', notes: '', decidedOn: '2032-11-20' });
  });

  it('deletes a draft nobody verified, whole, 180 days after its last change', async () => {
    const abandoned = await report({ verified: false });
    await attach(abandoned, 'evidence-of-a-draft');
    const kept = await report();

    await run(new Date(f.clock.now().getTime() + 179 * day));
    // A day before the limit the draft is whole: its narrative and its file are still there.
    expect(await incidentRow(abandoned)).toMatchObject({ id: abandoned, status: 'draft' });
    expect((await incidentRow(abandoned))?.narrative).not.toBe('');
    expect(await count('incidentAttachments', abandoned)).toBe(1);

    const result = await run(new Date(f.clock.now().getTime() + 181 * day));
    expect(result.platforms.find((p) => p.platformSlug === 'calais')).toMatchObject({
      draftsDeleted: 1,
      attachmentsRemoved: 1,
    });
    expect(await incidentRow(abandoned)).toBeUndefined();
    expect(await count('incidentAttachments', abandoned)).toBe(0);
    expect(f.evidence.removed).toEqual(['evidence-of-a-draft']);
    expect(await incidentRow(kept)).toMatchObject({ id: kept, status: 'verified' });
  });

  it('applies each platform its own settings, which admins change and reps read', async () => {
    const defaults = await rep.incidentRetention.get({ platform: 'calais' });
    expect(defaults).toMatchObject({
      settings: { witnessDays: 365, evidenceYears: 6, detailsYears: 6, draftDays: 180 },
      updatedAt: null,
    });

    await admin.incidentRetention.set({
      platform: 'calais',
      witnessDays: 30,
      evidenceYears: 2,
      detailsYears: 3,
      draftDays: 60,
    });
    expect((await rep.incidentRetention.get({ platform: 'calais' })).settings).toEqual({
      witnessDays: 30,
      evidenceYears: 2,
      detailsYears: 3,
      draftDays: 60,
    });
    const [changed] = await f.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'incident.retention_changed')
      .execute();
    expect(JSON.parse(changed!.detail)).toEqual({
      before: { witnessDays: 365, evidenceYears: 6, detailsYears: 6, draftDays: 180 },
      after: { witnessDays: 30, evidenceYears: 2, detailsYears: 3, draftDays: 60 },
    });
    expect(changed!.actorId).toBe(f.calais.admin.userId);

    const id = await report();
    await attach(id, 'evidence-two-years');
    f.clock.current = new Date('2028-11-21T09:00:00.000Z');
    const result = await admin.incidentRetention.runNow({ platform: 'calais' });
    expect(result).toMatchObject({ attachmentsRemoved: 1, reportsRedacted: 0 });
    const events = await expiryEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: f.calais.admin.userId });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({
      trigger: 'admin',
      attachmentsRemoved: 1,
    });
  });

  it('refuses settings out of bounds with a sentence, and keeps observers out', async () => {
    const error = await admin.incidentRetention
      .set({
        platform: 'calais',
        witnessDays: 3,
        evidenceYears: 6,
        detailsYears: 6,
        draftDays: 180,
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect((cause as ZodError).issues.map((i) => i.message)).toEqual([
      'Keep witness names at least 7 days.',
    ]);
    const refused = await observer.incidentRetention.get({ platform: 'calais' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((refused as TRPCError).code).toBe('FORBIDDEN');
  });

  it('never copies a narrative, a place or a witness into the audit log', async () => {
    const id = await report({ verified: false });
    await field.incident.update({
      platform: 'calais',
      incidentId: id,
      draft: { ...draft, narrative: `${narrative} (edited)` },
    });
    await rep.incident.verify({ platform: 'calais', incidentId: id });
    await rep.incident.addWitness({
      platform: 'calais',
      incidentId: id,
      witness: { name: witnessName, contact: 'witness@example.org' },
    });
    await rep.incident.close({ platform: 'calais', incidentId: id });
    await run(afterSixYears);
    const details = (await f.db.selectFrom('auditEvents').select('detail').execute())
      .map((e) => e.detail)
      .join('\n');
    for (const secret of ['NARRATIVE-7f3a', 'PLACE-91be', 'WITNESS-c41d', 'witness@example.org']) {
      expect(details).not.toContain(secret);
    }
  });
});
