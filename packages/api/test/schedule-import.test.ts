import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleBoard, type Entry, type Series, type Site } from '@opale/core';
import { readScheduleImport, type ImportContext } from '../src/services/schedule-import';
import { createFixture, type Fixture } from './fixture';

const site = (id: string, name: string, fields: Partial<Site> = {}): Entry<Site> => ({
  root: 'sites',
  key: `site:${id}`,
  id,
  fields: {
    name,
    area: null,
    description: null,
    locationText: null,
    activeFrom: null,
    activeUntil: null,
    publicLevel: null,
    publicDescription: null,
    ...fields,
  },
});

const context: ImportContext = {
  sites: [
    site('north', 'Site Nord'),
    site('hospital', 'Site Hôpital'),
    site('old', 'Site Dunes', { activeUntil: '2026-10-01' }),
  ],
  existing: [],
  today: '2026-11-26',
};

describe('reading a schedule from CSV', () => {
  it('reads a French spreadsheet: semicolons, French day names, dates and service names', () => {
    const csv =
      '\uFEFFsite;service_type;days;start;end;valid_from;valid_until;expected_quantity;public;notes\r\n' +
      'site hopital;Repas;lundi, jeudi;12h;13h30;01/12/2026;;1 200;oui;"Bring bowls; plates"\r\n' +
      'Site Nord;drinking_water;daily;9:00;10:00;;31/12/2026;;non;\r\n';
    expect(readScheduleImport(csv, context)).toEqual({
      errors: [],
      series: [
        {
          row: 2,
          siteId: 'hospital',
          siteName: 'Site Hôpital',
          serviceType: 'meal',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
          startTime: '12:00',
          endTime: '13:30',
          validFrom: '2026-12-01',
          validUntil: null,
          expectedQuantity: 1200,
          public: true,
          notes: 'Bring bowls; plates',
        },
        {
          row: 3,
          siteId: 'north',
          siteName: 'Site Nord',
          serviceType: 'drinking_water',
          rrule: 'FREQ=DAILY',
          startTime: '09:00',
          endTime: '10:00',
          validFrom: '2026-11-26',
          validUntil: '2026-12-31',
          expectedQuantity: null,
          public: false,
          notes: null,
        },
      ],
    });
  });

  it('takes a recurrence rule as it is, once it is one Opale can expand', () => {
    const csv =
      'site,service_type,days,start,end\n' +
      'Site Nord,showers,RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,10:00,12:00\n' +
      'Site Nord,showers,FREQ=HOURLY,10:00,12:00\n';
    const reading = readScheduleImport(csv, context);
    expect(reading.series).toEqual([]);
    expect(reading.errors).toHaveLength(1);
    // The rest of the sentence is checkRule's own explanation.
    expect(reading.errors[0]?.row).toBe(3);
    expect(reading.errors[0]?.message).toMatch(
      /^Row 3: the recurrence 'FREQ=HOURLY' cannot be used: \S/,
    );
    expect(
      readScheduleImport(csv.split('\n').slice(0, 2).join('\n'), context).series[0]?.rrule,
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA');
  });

  it('names every wrong row and what is wrong with it, and keeps none of the rows', () => {
    const csv = [
      'site,service_type,days,start,end,valid_from,valid_until,expected_quantity,public',
      'Site Nord,meal,MO,12:00,14:00,,,,',
      'Site Nord,meal,MO,12:00,14:00,,,,',
      'Gare Nord,meal,MO,12:00,14:00,,,,',
      'Site Nord,food,Mo;Lu;Xx,25:00,14:00,2026-02-30,,lots,maybe',
      'Site Dunes,meal,TU,12:00,12:00,2026-12-01,2026-11-01,,',
    ].join('\n');
    const reading = readScheduleImport(csv, context);
    expect(reading.series).toEqual([]);
    expect(reading.errors.map((e) => e.message)).toEqual([
      'Row 3: it repeats row 2; keep one of them.',
      "Row 4: the site 'Gare Nord' does not exist on this platform; the sites are: Site Dunes, Site Hôpital, Site Nord.",
      "Row 5: the service type 'food' is not one Opale knows; use one of meal, drinking_water, showers, clothes, tents_sleeping_bags, phone_charging, wifi, first_aid, medical_consultation, mental_health, legal_information, asylum_information, child_protection, women_only_space, shelter_transport, shelter, hygiene_kits, information_point (or its French or English name).",
      "Row 5: 'Mo;Lu;Xx' are not days of the week; write them like MO,TU,WE,TH,FR,SA,SU (or LU,MA,ME,JE,VE,SA,DI, or daily, or an RRULE such as FREQ=WEEKLY;BYDAY=MO,TH).",
      "Row 5: the start time '25:00' is not a time of day; write it like 09:30.",
      "Row 5: the first date '2026-02-30' is not a date; write it like 2026-11-30 or 30/11/2026.",
      "Row 5: the expected quantity 'lots' is not a whole number (from 0 to 100000); leave it empty if not known.",
      "Row 5: 'maybe' in the column public is neither yes nor no; write yes to show the distribution in the public Arrival Guide, no (or nothing) to keep it to members.",
      'Row 6: it starts and ends at 12:00; give the time it ends.',
      'Row 6: it ends (2026-11-01) before it begins (2026-12-01).',
      "Row 6: the site 'Site Dunes' closed on 2026-10-01; choose a site in use.",
    ]);
  });

  it('refuses a series the organisation already has, so importing a file twice adds nothing twice', () => {
    const existing: Entry<Series> = {
      root: 'org:o1',
      key: 'series:s1',
      id: 's1',
      fields: {
        siteId: 'north',
        serviceType: 'meal',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        startTime: '12:00',
        endTime: '14:00',
        validFrom: '2026-01-01',
        validUntil: null,
        expectedQuantity: null,
        notes: null,
        public: true,
      },
    };
    const reading = readScheduleImport(
      'site,service_type,days,start,end\nSite Nord,Meal,mo,12:00,14:00',
      {
        ...context,
        existing: [existing],
      },
    );
    expect(reading.errors.map((e) => e.message)).toEqual([
      'Row 2: this distribution is already on the schedule (same site, service, days and times); remove the row, or change the existing series instead.',
    ]);
  });

  it('explains a header it cannot use, and a file it cannot read', () => {
    expect(
      readScheduleImport('site,service,days,start\nSite Nord,meal,MO,12:00', context).errors,
    ).toEqual([
      {
        row: 1,
        message:
          "Row 1: the column 'service' is not one Opale reads; the columns are: site, service_type, days, start, end, valid_from, valid_until, expected_quantity, public, notes.",
      },
      {
        row: 1,
        message:
          "Row 1: the file has no column 'service_type', 'end'. The first row must name the columns: site, service_type, days, start, end, valid_from, valid_until, expected_quantity, public, notes (the last five may be left out).",
      },
    ]);
    const broken = readScheduleImport(
      'site,service_type,days,start,end\n"Site Nord,meal,MO,12:00,14:00\n',
      context,
    );
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]?.message).toMatch(
      /^The file could not be read as CSV.*Save it again from your spreadsheet as "CSV UTF-8"/,
    );
    expect(readScheduleImport('  \n', context).errors[0]?.message).toMatch(/^The file is empty/);
  });
});

describe('importing an organisation’s schedule', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  const board = () => f.boards.doc('schedule:calais');
  const csv = [
    'site,service_type,days,start,end,expected_quantity,public',
    'Site Nord,meal,MO,WE,FR,12:00,14:00,300,yes',
    'Site Nord,phone_charging,daily,10:00,16:00,,no',
  ].join('\n');
  // The days hold commas, so a real file quotes them.
  const quoted = csv.replace('MO,WE,FR', '"MO,WE,FR"');

  it('previews the series without changing the board, then adds them all in one write', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const input = { platform: 'calais', organisationId: f.organisations.utopia, csv: quoted };
    const preview = await rep.schedule.importPreview(input);
    expect(preview.errors).toEqual([]);
    expect(preview.series.map((s) => [s.row, s.serviceType, s.rrule])).toEqual([
      [2, 'meal', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
      [3, 'phone_charging', 'FREQ=DAILY'],
    ]);
    expect(scheduleBoard.series(board())).toEqual([]);

    const applied = await rep.schedule.importApply(input);
    expect(applied).toMatchObject({ applied: true, errors: [] });
    expect(f.boards.writes).toEqual([
      { docName: 'schedule:calais', authorId: f.calais.rep.userId },
    ]);
    const series = scheduleBoard.series(board());
    expect(series.map((s) => s.id).sort()).toEqual([...applied.seriesIds].sort());
    expect(series.every((s) => s.root === `org:${f.organisations.utopia}`)).toBe(true);
    expect(series.find((s) => s.fields.serviceType === 'meal')?.fields).toEqual({
      siteId: 'calais-north',
      serviceType: 'meal',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      startTime: '12:00',
      endTime: '14:00',
      // The fixture's clock: 26 November 2026, 10:00 in Paris.
      validFrom: '2026-11-26',
      validUntil: null,
      expectedQuantity: 300,
      notes: null,
      public: true,
    });

    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { events } = await admin.audit.list({ platform: 'calais', action: 'schedule.imported' });
    expect(events[0]).toMatchObject({
      actorId: f.calais.rep.userId,
      targetId: f.organisations.utopia,
      detail: { name: 'utopia', series: 2 },
    });
  });

  it('changes nothing when one row is wrong, and says which row and why', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const result = await rep.schedule.importApply({
      platform: 'calais',
      organisationId: f.organisations.utopia,
      csv: `${quoted}\nGare Nord,showers,SA,09:00,11:00,,`,
    });
    expect(result).toEqual({
      applied: false,
      seriesIds: [],
      errors: [
        {
          row: 4,
          message:
            "Row 4: the site 'Gare Nord' does not exist on this platform; the sites are: Site Nord.",
        },
      ],
    });
    expect(scheduleBoard.series(board())).toEqual([]);
    expect(f.boards.writes).toEqual([]);
  });

  it('reads the file again against the board as it is when applying', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const input = { platform: 'calais', organisationId: f.organisations.utopia, csv: quoted };
    expect((await rep.schedule.importPreview(input)).errors).toEqual([]);
    // A coordinator renames the site between the preview and the apply.
    scheduleBoard.writeSite(board(), 'calais-north', { name: 'Site Nord (parking)' });
    const result = await rep.schedule.importApply(input);
    expect(result.applied).toBe(false);
    expect(result.errors[0]?.message).toBe(
      "Row 2: the site 'Site Nord' does not exist on this platform; the sites are: Site Nord (parking).",
    );
    expect(scheduleBoard.series(board())).toEqual([]);
  });

  it('lets a rep import only their own organisation’s schedule, and a coordinator any', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const input = { platform: 'calais', organisationId: f.organisations.ecpat, csv: quoted };
    const refusal = await rep.schedule.importPreview(input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(TRPCError);
    expect((refusal as TRPCError).code).toBe('FORBIDDEN');
    expect((refusal as TRPCError).message).toMatch(/your own organisation only/);

    const coordinator = (await f.signInAs(f.calais.coordinator.userId)).caller;
    expect((await coordinator.schedule.importApply(input)).applied).toBe(true);
    expect(
      scheduleBoard.series(board()).every((s) => s.root === `org:${f.organisations.ecpat}`),
    ).toBe(true);

    const notHere = await coordinator.schedule
      .importPreview({ ...input, organisationId: f.organisations.salam })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((notHere as TRPCError).code).toBe('NOT_FOUND');
  });

  it('refuses a file too large to import at once, in words', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const error = await rep.schedule
      .importPreview({
        platform: 'calais',
        organisationId: f.organisations.utopia,
        csv: 'x'.repeat(200_001),
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    // Over HTTP the error formatter sends this message alone.
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toContain(
      'The file is larger than 200 kB; split it and import the parts one after the other.',
    );
  });
});
