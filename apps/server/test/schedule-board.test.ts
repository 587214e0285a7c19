/**
 * The schedule board with real people on it: real sessions, real y-websocket clients, the SQL
 * update log. Who may write what (DESIGN.md §4), and the CSV import reaching live clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCodes, scheduleBoard } from '@opale/core';
import { loadDocumentLog } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { signIn, startTestServer, type TestServer } from './support';
import {
  organisationIdsOf,
  ownOrganisationOf,
  trpcMutation,
  writeCalaisSchedule,
} from './schedule-fixture';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the schedule board', () => {
  let server: TestServer;
  let watcher: LiveBoard;
  beforeAll(async () => {
    server = await startTestServer();
    await writeCalaisSchedule(server);
    watcher = new LiveBoard(
      server,
      await signIn(server, 'admin.calais@demo.opale'),
      'schedule:calais',
    );
    await watcher.synced();
  });
  afterAll(async () => {
    watcher.destroy();
    await server.close();
  });

  /** A member's live board, with their own organisation and another one of the platform. */
  async function memberOn(email: string) {
    const cookie = await signIn(server, email);
    const own = await ownOrganisationOf(server, cookie);
    const idOf = await organisationIdsOf(server, 'calais');
    const other = [idOf('Utopia 56'), idOf('Refugee Community Kitchen')].find((id) => id !== own)!;
    const board = new LiveBoard(server, cookie, 'schedule:calais');
    await board.synced();
    return { cookie, own, other, board };
  }

  /** The update is refused (4409) and never reaches anyone else. */
  async function expectRefused(board: LiveBoard, reachedWatcher: () => boolean) {
    await until(() => board.closes.includes(closeCodes.updateRefused), 'the refusal');
    await sleep(100);
    expect(reachedWatcher()).toBe(false);
    board.destroy();
  }

  const today = '2026-11-26';

  it('lets a rep edit their own organisation’s series and refuses another organisation’s', async () => {
    const rep = await memberOn('rep.calais@demo.opale');
    scheduleBoard.writeSeries(rep.board.doc, rep.own, 'rep-own', {
      siteId: 'north',
      serviceType: 'clothes',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      startTime: '14:00',
      endTime: '16:00',
    });
    await until(
      () => scheduleBoard.series(watcher.doc).some((s) => s.id === 'rep-own'),
      'the rep’s series to reach the watcher',
    );
    rep.board.destroy();

    const again = await memberOn('rep.calais@demo.opale');
    scheduleBoard.writeSeries(again.board.doc, again.other, 'rep-other', { notes: 'not mine' });
    await expectRefused(again.board, () =>
      scheduleBoard.series(watcher.doc).some((s) => s.id === 'rep-other'),
    );
  });

  it('lets a field member set statuses of their own organisation’s occurrences only, and no series', async () => {
    const field = await memberOn('field.calais@demo.opale');
    await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) => {
      scheduleBoard.writeSeries(doc, field.own, 'field-own', {
        siteId: 'north',
        serviceType: 'meal',
        rrule: 'FREQ=DAILY',
        startTime: '19:00',
        endTime: '20:00',
        validFrom: '2026-01-01',
      });
      scheduleBoard.writeSeries(doc, field.other, 'field-other', {
        siteId: 'north',
        serviceType: 'showers',
        rrule: 'FREQ=DAILY',
        startTime: '09:00',
        endTime: '11:00',
        validFrom: '2026-01-01',
      });
    });
    await until(
      () => scheduleBoard.series(field.board.doc).some((s) => s.id === 'field-other'),
      'the series to reach the field member',
    );
    const done = {
      status: 'done' as const,
      servedCount: 120,
      note: null,
      by: 'Alex',
      at: '2026-11-26T20:05:00.000Z',
    };
    scheduleBoard.setOccurrenceState(field.board.doc, field.own, 'field-own', today, done);
    await until(
      () =>
        scheduleBoard.occurrenceState(watcher.doc, field.own, 'field-own', today)?.servedCount ===
        120,
      'the status to reach the watcher',
    );
    field.board.destroy();

    const otherStatus = await memberOn('field.calais@demo.opale');
    scheduleBoard.setOccurrenceState(
      otherStatus.board.doc,
      otherStatus.other,
      'field-other',
      today,
      done,
    );
    await expectRefused(
      otherStatus.board,
      () =>
        scheduleBoard.occurrenceState(watcher.doc, otherStatus.other, 'field-other', today) !==
        null,
    );

    const series = await memberOn('field.calais@demo.opale');
    scheduleBoard.writeSeries(series.board.doc, series.own, 'field-own', { startTime: '18:00' });
    await expectRefused(
      series.board,
      () =>
        scheduleBoard.series(watcher.doc).find((s) => s.id === 'field-own')?.fields.startTime ===
        '18:00',
    );
  });

  it('lets an observer write nothing', async () => {
    const observer = await memberOn('observer.calais@demo.opale');
    scheduleBoard.setOccurrenceState(observer.board.doc, observer.own, 'rck-lunch', today, {
      status: 'cancelled',
      servedCount: null,
      note: null,
      by: 'Claude',
      at: '2026-11-26T11:00:00.000Z',
    });
    await expectRefused(
      observer.board,
      () => scheduleBoard.occurrenceState(watcher.doc, observer.own, 'rck-lunch', today) !== null,
    );
  });

  it('imports a valid file in one step, seen at once by a live client', async () => {
    const rep = await memberOn('rep.calais@demo.opale');
    const before = (await loadDocumentLog(server.handle.db, 'schedule:calais')).updates.length;
    const csv = [
      'site,service_type,days,start,end,valid_from,expected_quantity,public,notes',
      'Site Nord,hygiene_kits,"MO,TH",15:00,16:00,2026-12-01,80,yes,',
      'Gare,"quai" 2,wifi,daily,10:00,18:00,,,no,Router in the van',
    ]
      .join('\n')
      // The second site name holds a comma and quotes: quoted as a spreadsheet saves it.
      .replace('Gare,"quai" 2', '"Gare, ""quai"" 2"');
    const result = await trpcMutation<{ applied: boolean; seriesIds: string[] }>(
      server,
      rep.cookie,
      'schedule.importApply',
      { platform: 'calais', organisationId: rep.own, csv },
    );
    expect(result.applied).toBe(true);
    expect(result.seriesIds).toHaveLength(2);
    await until(
      () =>
        result.seriesIds.every((id) =>
          scheduleBoard.series(rep.board.doc).some((s) => s.id === id),
        ),
      'the imported series to reach the rep’s live board',
    );
    const wifi = scheduleBoard.series(watcher.doc).find((s) => s.fields.serviceType === 'wifi');
    expect(wifi).toMatchObject({
      root: `org:${rep.own}`,
      fields: { siteId: 'station', rrule: 'FREQ=DAILY', notes: 'Router in the van', public: false },
    });
    // One step: a single update in the log, by the rep.
    const log = await loadDocumentLog(server.handle.db, 'schedule:calais');
    expect(log.updates.slice(before).map((u) => u.author)).toEqual([
      (await signInUserId(rep.cookie))!,
    ]);
    rep.board.destroy();
  });

  it('changes nothing for a file with one bad row, and names the row and the problem', async () => {
    const rep = await memberOn('rep.calais@demo.opale');
    const before = (await loadDocumentLog(server.handle.db, 'schedule:calais')).updates.length;
    const seriesBefore = scheduleBoard.series(rep.board.doc).length;
    const csv = [
      'site,service_type,days,start,end',
      'Site Nord,showers,SA,09:00,11:00',
      'Site Nord,showers,SU,09:00,11:00',
      'Gare Nord,showers,SU,09:00,11:00',
    ].join('\n');
    const result = await trpcMutation<{ applied: boolean; errors: { message: string }[] }>(
      server,
      rep.cookie,
      'schedule.importApply',
      { platform: 'calais', organisationId: rep.own, csv },
    );
    expect(result).toEqual({
      applied: false,
      seriesIds: [],
      errors: [
        {
          row: 4,
          message:
            'Row 4: the site \'Gare Nord\' does not exist on this platform; the sites are: =1+1, Gare, "quai" 2, Site Nord.',
        },
      ],
    });
    await sleep(100);
    expect((await loadDocumentLog(server.handle.db, 'schedule:calais')).updates).toHaveLength(
      before,
    );
    expect(scheduleBoard.series(rep.board.doc)).toHaveLength(seriesBefore);
    rep.board.destroy();
  });

  async function signInUserId(cookie: string): Promise<string | undefined> {
    const response = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
    const body = (await response.json()) as { result: { data: { user: { id: string } } } };
    return body.result.data.user.id;
  }
});
