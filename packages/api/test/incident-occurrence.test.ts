/**
 * An incident linked to the distribution occurrence it disrupted (issue 8): the link names a real
 * occurrence of the schedule board, and recording it sets that occurrence to "disrupted" on the
 * live board when the reporter may set its status — never twice, never over a cancellation.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expandSchedule,
  scheduleBoard,
  type IncidentDraft,
  type OccurrenceState,
  type Role,
} from '@opale/core';
import { readSchedule } from '../src/services/board-readers';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

// The fixture's clock: Thursday 26 November 2026, 10:00 in Calais.
const today = '2026-11-26';
const meal = 'utopia-meal'; // Utopia's, Mondays and Thursdays
const showers = 'ecpat-showers'; // ECPAT's, every day

const baseDraft: IncidentDraft = {
  type: 'eviction_during_distribution',
  occurredAt: '2026-11-26T08:45:00.000Z',
  siteId: 'calais-north',
  placeText: null,
  commune: 'Calais',
  authority: 'crs',
  officers: 12,
  vehicles: 3,
  itemsSeized: null,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'The breakfast was stopped after ten minutes.',
};

describe('an incident linked to the distribution it disrupted', () => {
  let f: Fixture;
  const callers = new Map<string, Caller>();
  const as = (who: string): Caller => {
    const caller = callers.get(who);
    if (!caller) throw new Error(`No caller ${who}`);
    return caller;
  };
  const report = (
    who: string,
    occurrence: IncidentDraft['occurrence'],
    key: string = randomUUID(),
  ) =>
    as(who).incident.create({
      platform: 'calais',
      idempotencyKey: key,
      draft: { ...baseDraft, occurrence },
    });
  const board = () => f.boards.doc('schedule:calais');
  /** The occurrence as every reader of the board sees it: through the same reader and expansion. */
  async function occurrenceOnBoard(seriesId: string, date: string) {
    const schedule = await readSchedule(f.boards, 'calais');
    return expandSchedule(schedule.source, date, date).find((o) => o.seriesId === seriesId);
  }
  const stateOf = async (seriesId: string, date = today) =>
    (await occurrenceOnBoard(seriesId, date))?.state ?? null;
  const setState = (organisationId: string, seriesId: string, state: OccurrenceState) =>
    scheduleBoard.setOccurrenceState(board(), organisationId, seriesId, today, state);

  beforeEach(async () => {
    f = await createFixture();
    const roles: Role[] = ['coordinator', 'rep', 'field', 'observer'];
    for (const role of roles) {
      callers.set(`utopia ${role}`, (await f.signInAs(f.calais[role].userId)).caller);
    }
    const ecpatField = await f.addMember(
      'field@ecpat.test',
      f.platforms.calais.id,
      f.organisations.ecpat,
      'field',
    );
    callers.set('ecpat field', (await f.signInAs(ecpatField.userId)).caller);
    const series = {
      siteId: 'calais-north',
      startTime: '08:30',
      endTime: '10:00',
      validFrom: '2026-09-01',
      validUntil: null,
      expectedQuantity: 300,
      notes: null,
      public: true,
    };
    scheduleBoard.writeSeries(board(), f.organisations.utopia, meal, {
      ...series,
      serviceType: 'meal',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    });
    scheduleBoard.writeSeries(board(), f.organisations.ecpat, showers, {
      ...series,
      serviceType: 'showers',
      rrule: 'FREQ=DAILY',
    });
    // Once on a Tuesday too.
    scheduleBoard.writeException(board(), f.organisations.utopia, meal, '2026-11-24', {
      kind: 'add',
      startTime: null,
      endTime: null,
      siteId: null,
      note: null,
    });
  });
  afterEach(async () => {
    callers.clear();
    await f.close();
  });

  it('sets its own organisation’s occurrence to disrupted on the board, as Today would', async () => {
    const answer = await report('utopia field', { seriesId: meal, date: today });
    expect(answer).toMatchObject({
      created: true,
      occurrenceMarked: true,
      occurrenceNotMarked: null,
    });
    expect(await stateOf(meal)).toEqual({
      status: 'disrupted',
      servedCount: null,
      note: null,
      by: 'field',
      at: f.clock.now().toISOString(),
    });
    expect(f.boards.writes).toEqual([
      { docName: 'schedule:calais', authorId: f.calais.field.userId },
    ]);
    expect(
      await as('utopia field').incident.get({ platform: 'calais', incidentId: answer.id }),
    ).toMatchObject({ occurrence: { seriesId: meal, date: today } });
    const created = await f.db
      .selectFrom('auditEvents')
      .select('detail')
      .where('action', '=', 'incident.created')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(created.detail)).toMatchObject({
      occurrence: { seriesId: meal, date: today },
      occurrenceMarked: true,
    });
  });

  it('accepts a date the schedule added to the series, and a past one', async () => {
    const added = await report('utopia field', { seriesId: meal, date: '2026-11-24' });
    expect(added.occurrenceMarked).toBe(true);
    expect((await stateOf(meal, '2026-11-24'))?.status).toBe('disrupted');
    const monday = await report('utopia field', { seriesId: meal, date: '2026-11-23' });
    expect(monday.occurrenceMarked).toBe(true);
  });

  it('keeps the link to another organisation’s distribution and leaves its status to its team', async () => {
    const answer = await report('utopia field', { seriesId: showers, date: today });
    expect(answer.occurrenceMarked).toBe(false);
    expect(answer.occurrenceNotMarked?.reason).toBe('otherOrganisation');
    expect(answer.occurrenceNotMarked?.message).toMatch(
      /belongs to another organisation; its team sets its status/,
    );
    expect(await stateOf(showers)).toBeNull();
    expect(f.boards.writes).toEqual([]);
    expect(
      await as('utopia field').incident.get({ platform: 'calais', incidentId: answer.id }),
    ).toMatchObject({ occurrence: { seriesId: showers, date: today } });
  });

  it('lets a coordinator’s report mark any organisation’s distribution, as the write rules do', async () => {
    const answer = await report('utopia coordinator', { seriesId: showers, date: today });
    expect(answer.occurrenceMarked).toBe(true);
    expect((await stateOf(showers))?.status).toBe('disrupted');
  });

  it('refuses an unknown distribution, a date it does not take place and one still to come', async () => {
    const unknown = await refusal(report('utopia field', { seriesId: 'nowhere', date: today }));
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(unknown.message).toMatch(/not on Calais's schedule.*choose it again/);
    const wednesday = await refusal(report('utopia field', { seriesId: meal, date: '2026-11-25' }));
    expect(wednesday.code).toBe('BAD_REQUEST');
    expect(wednesday.message).toMatch(/does not take place on 2026-11-25; choose one of its dates/);
    const beforeItBegan = await refusal(
      report('utopia field', { seriesId: meal, date: '2026-08-31' }),
    );
    expect(beforeItBegan.message).toMatch(/does not take place on 2026-08-31/);
    const toCome = await refusal(report('utopia field', { seriesId: meal, date: '2026-11-30' }));
    expect(toCome.message).toMatch(/after today/);
    const notADate = await refusal(report('utopia field', { seriesId: meal, date: '26/11/2026' }));
    expect(notADate.code).toBe('BAD_REQUEST');
    expect(notADate.message).toMatch(/Write the date of the disrupted distribution as a date/);
    expect(await f.db.selectFrom('incidents').select('id').execute()).toEqual([]);
    expect(f.boards.writes).toEqual([]);
  });

  it('writes to the board once when a report is sent again with the same key', async () => {
    const key = randomUUID();
    const first = await report('utopia field', { seriesId: meal, date: today }, key);
    // The team then sets it back to planned; the phone, unsure, sends the report again.
    setState(f.organisations.utopia, meal, {
      status: 'planned',
      servedCount: null,
      note: null,
      by: 'rep',
      at: f.clock.now().toISOString(),
    });
    f.clock.advance(60_000);
    const again = await report('utopia field', { seriesId: meal, date: today }, key);
    expect(again).toMatchObject({ id: first.id, created: false, occurrenceMarked: false });
    expect(f.boards.writes).toHaveLength(1);
    expect((await stateOf(meal))?.status).toBe('planned');
  });

  it('keeps the count of a distribution recorded as done, and never overwrites a cancellation', async () => {
    setState(f.organisations.utopia, meal, {
      status: 'done',
      servedCount: 140,
      note: null,
      by: 'Sam',
      at: '2026-11-26T08:40:00.000Z',
    });
    await report('utopia field', { seriesId: meal, date: today });
    expect(await stateOf(meal)).toMatchObject({
      status: 'disrupted',
      servedCount: 140,
      by: 'field',
    });

    setState(f.organisations.ecpat, showers, {
      status: 'cancelled',
      servedCount: null,
      note: null,
      by: 'Kim',
      at: '2026-11-26T07:00:00.000Z',
    });
    const cancelled = await report('ecpat field', { seriesId: showers, date: today });
    expect(cancelled.occurrenceMarked).toBe(false);
    expect(cancelled.occurrenceNotMarked?.reason).toBe('cancelled');
    expect(await stateOf(showers)).toMatchObject({ status: 'cancelled', by: 'Kim' });
    expect(f.boards.writes).toHaveLength(1);
  });

  it('leaves a distribution cancelled beforehand by the schedule as it is', async () => {
    scheduleBoard.writeException(board(), f.organisations.utopia, meal, today, {
      kind: 'cancel',
      startTime: null,
      endTime: null,
      siteId: null,
      note: 'Eviction announced',
    });
    const answer = await report('utopia field', { seriesId: meal, date: today });
    expect(answer.occurrenceNotMarked?.reason).toBe('cancelled');
    expect(await stateOf(meal)).toBeNull();
  });

  it('keeps the note of a field member who already marked it disrupted', async () => {
    const tapped: OccurrenceState = {
      status: 'disrupted',
      servedCount: null,
      note: 'CRS arrived at 9:40',
      by: 'Sam',
      at: '2026-11-26T08:50:00.000Z',
    };
    setState(f.organisations.utopia, meal, tapped);
    const answer = await report('utopia field', { seriesId: meal, date: today });
    expect(answer.occurrenceMarked).toBe(true);
    expect(await stateOf(meal)).toEqual(tapped);
    expect(f.boards.writes).toEqual([]);
  });

  it('marks an occurrence linked when the report is rewritten, and keeps a link an older client did not send', async () => {
    const { id } = await report('utopia field', null);
    expect(f.boards.writes).toEqual([]);
    const linked = await as('utopia field').incident.update({
      platform: 'calais',
      incidentId: id,
      draft: { ...baseDraft, occurrence: { seriesId: meal, date: today } },
    });
    expect(linked.occurrenceMarked).toBe(true);
    expect((await stateOf(meal))?.status).toBe('disrupted');

    // A client that does not know the field rewrites the narrative only.
    const narrative = 'The breakfast was stopped after a quarter of an hour.';
    expect('occurrence' in baseDraft).toBe(false);
    await as('utopia field').incident.update({
      platform: 'calais',
      incidentId: id,
      draft: { ...baseDraft, narrative },
    });
    expect(
      await as('utopia field').incident.get({ platform: 'calais', incidentId: id }),
    ).toMatchObject({ occurrence: { seriesId: meal, date: today } });

    // Unlinking leaves the board as the team has it.
    await as('utopia field').incident.update({
      platform: 'calais',
      incidentId: id,
      draft: { ...baseDraft, narrative, occurrence: null },
    });
    expect(
      await as('utopia field').incident.get({ platform: 'calais', incidentId: id }),
    ).toMatchObject({ occurrence: null });
    expect((await stateOf(meal))?.status).toBe('disrupted');
    expect(f.boards.writes).toHaveLength(1);

    const updates = await f.db
      .selectFrom('auditEvents')
      .select('detail')
      .where('action', '=', 'incident.updated')
      .orderBy('id')
      .execute();
    expect(updates.map((e) => JSON.parse(e.detail) as unknown)).toEqual([
      {
        fields: ['occurrence'],
        occurrence: { seriesId: meal, date: today },
        occurrenceMarked: true,
      },
      { fields: ['narrative'] },
      { fields: ['occurrence'] },
    ]);
  });
});
