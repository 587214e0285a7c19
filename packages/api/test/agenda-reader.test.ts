import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaBoard, type AgendaItem } from '@opale/core';
import { readableItems, readableOccurrences, readAgendaFor } from '../src/services/agenda-reader';
import { createFixture, type Fixture } from './fixture';

const meeting = (title: string, fields: Partial<AgendaItem> = {}): Partial<AgendaItem> => ({
  kind: 'coalition_meeting',
  title,
  date: '2026-12-01',
  startTime: '10:00',
  endTime: '11:00',
  rrule: null,
  ...fields,
});

describe('the agenda as an organisation reads it', () => {
  let f: Fixture;
  let groupId: string;
  beforeEach(async () => {
    f = await createFixture();
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    ({ id: groupId } = await admin.group.create({
      platform: 'calais',
      name: 'Child protection',
      kind: 'coalition',
    }));
    await admin.group.addOrganisation({
      platform: 'calais',
      groupId,
      organisationId: f.organisations.ecpat,
    });
    agendaBoard.writeItem(f.boards.doc('agenda:calais'), 'open', meeting('Platform meeting'));
    const group = f.boards.doc(`agenda:calais:group:${groupId}`);
    agendaBoard.writeItem(
      group,
      'closed',
      meeting('Child protection meeting', {
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        skipped: '2026-12-08',
      }),
    );
    agendaBoard.setAnswer(group, f.organisations.ecpat, 'closed:2026-12-08', {
      answer: 'going',
      attendees: 'Sam',
      by: 'someone',
      at: '2026-11-26T09:00:00.000Z',
    });
    agendaBoard.writeAction(group, 'a1', {
      itemId: 'closed',
      occurrenceDate: '2026-12-01',
      text: 'Write to the prefecture',
      owner: f.organisations.ecpat,
      due: '2026-12-05',
      done: false,
    });
    agendaBoard.notes(group, 'closed:2026-12-01').insert(0, 'Agreed on a letter.');
  });
  afterEach(() => f.close());

  const readerOf = (organisationId: string) =>
    readAgendaFor(f.deps, { platform: f.platforms.calais, organisationId });

  it('gives a member organisation of a group that group’s items, tagged with the group', async () => {
    const view = await readerOf(f.organisations.ecpat);
    expect(view.boards.map((board) => [board.docName, board.group])).toEqual([
      ['agenda:calais', null],
      [`agenda:calais:group:${groupId}`, { id: groupId, name: 'Child protection' }],
    ]);
    expect(readableItems(view).map((item) => [item.id, item.group?.name ?? null])).toEqual([
      ['open', null],
      ['closed', 'Child protection'],
    ]);
    const occurrences = readableOccurrences(view, '2026-12-01', '2026-12-08');
    expect(occurrences.map((o) => [o.key, o.group?.id ?? null, o.cancelled])).toEqual([
      ['closed:2026-12-01', groupId, false],
      ['open', null, false],
      ['closed:2026-12-08', groupId, true],
    ]);
    expect(occurrences[0]!.actions.map((a) => a.fields.text)).toEqual(['Write to the prefecture']);
    expect(occurrences[0]!.notes).toBe('Agreed on a letter.');
    expect(occurrences[2]!.answers.get(f.organisations.ecpat)?.attendees).toBe('Sam');
  });

  it('leaves a group’s items out for every other organisation, the admins’ included', async () => {
    // The platform admin is in utopia, which is not in the group.
    const view = await readerOf(f.organisations.utopia);
    expect(view.boards.map((board) => board.docName)).toEqual(['agenda:calais']);
    expect(readableItems(view).map((item) => item.id)).toEqual(['open']);
  });

  it('stops showing a group’s items once the organisation leaves it, or is only invited', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    await admin.group.removeOrganisation({
      platform: 'calais',
      groupId,
      organisationId: f.organisations.ecpat,
    });
    expect(readableItems(await readerOf(f.organisations.ecpat)).map((item) => item.id)).toEqual([
      'open',
    ]);

    const { id: advocacy } = await admin.group.create({
      platform: 'calais',
      name: 'Safe routes advocacy',
      kind: 'advocacy',
    });
    await f.db
      .updateTable('organisations')
      .set({ publiclyFunded: 1 })
      .where('id', '=', f.organisations.ecpat)
      .execute();
    expect(
      await admin.group.addOrganisation({
        platform: 'calais',
        groupId: advocacy,
        organisationId: f.organisations.ecpat,
      }),
    ).toEqual({ status: 'invited' });
    agendaBoard.writeItem(f.boards.doc(`agenda:calais:group:${advocacy}`), 'a', meeting('Rally'));
    expect(
      (await readerOf(f.organisations.ecpat)).boards.map((board) => board.group?.name ?? null),
    ).toEqual([null]);
  });
});
