/**
 * The public HSDS export over HTTP: a real server with the demo platforms, plus entries written on
 * the boards to probe what must and must not leave; every row checked against the HSDS JSON
 * Schemas in fixtures/hsds (see the README there: a reconstruction, not the official files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type SchemaObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityBoard, scheduleBoard, type Site } from '@opale/core';
import { findPlatformBySlug, listMembersOfPlatform } from '@opale/db';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { derivedId, hsdsRecurrence, type HsdsExport } from '../src/guide/hsds';
import { SqlDocumentStore } from '../src/live/sql-document-store';
import { organisationIdsOf } from './schedule-fixture';
import { startTestServer, type TestServer } from './support';

const schemaDir = fileURLToPath(new URL('./fixtures/hsds/', import.meta.url));
const tables = [
  'organization',
  'service',
  'location',
  'service_at_location',
  'schedule',
  'service_capacity',
  'phone',
] as const;

function hsdsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schemas = new Map<string, { properties: Record<string, unknown> }>();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as SchemaObject & {
      properties: Record<string, unknown>;
    };
    ajv.addSchema(schema);
    schemas.set(file.replace(/\.json$/, ''), schema);
  }
  return { ajv, schemas };
}

const site = (fields: Partial<Site> & { name: string }): Site => ({
  area: null,
  description: null,
  locationText: null,
  activeFrom: null,
  activeUntil: null,
  publicLevel: null,
  publicDescription: null,
  ...fields,
});

const series = {
  serviceType: 'meal',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  startTime: '12:00',
  endTime: '13:30',
  validFrom: '2026-01-05',
  validUntil: null,
  expectedQuantity: 120,
  notes: 'Internal note: the van key is with Sam',
  public: true,
};

describe('the HSDS export', () => {
  let server: TestServer;
  let feed: HsdsExport;
  let response: Response;
  const now = new Date();

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), now);
    const calais = await organisationIdsOf(server, 'calais');
    const dunkirk = await organisationIdsOf(server, 'dunkirk');
    const rck = calais('Refugee Community Kitchen');
    const utopia = calais('Utopia 56');
    const salam = dunkirk('Salam');

    await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) => {
      scheduleBoard.writeSite(
        doc,
        'probe-shown',
        site({
          name: 'Probe Square',
          description: 'Internal: behind the probe warehouse',
          publicLevel: 'shown',
          publicDescription: 'Opposite the probe bakery',
        }),
      );
      scheduleBoard.writeSite(
        doc,
        'probe-field',
        site({ name: 'Probe Field Camp', publicLevel: 'field' }),
      );
      scheduleBoard.writeSite(
        doc,
        'probe-ask',
        site({ name: 'Probe Ask Wood', publicLevel: 'ask' }),
      );
      scheduleBoard.writeSite(doc, 'probe-unset', site({ name: 'Probe Unset Dunes' }));
      scheduleBoard.writeSite(
        doc,
        'probe-closed',
        site({ name: 'Probe Evicted Lot', publicLevel: 'shown', activeUntil: '2026-01-01' }),
      );
      scheduleBoard.writeSeries(doc, rck, 'probe-shown-meal', { ...series, siteId: 'probe-shown' });
      scheduleBoard.writeSeries(doc, rck, 'probe-field-meal', {
        ...series,
        siteId: 'probe-field',
        serviceType: 'clothes',
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-ask-water', {
        ...series,
        siteId: 'probe-ask',
        serviceType: 'drinking_water',
        rrule: 'FREQ=DAILY',
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-unset-wifi', {
        ...series,
        siteId: 'probe-unset',
        serviceType: 'wifi',
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-closed-charging', {
        ...series,
        siteId: 'probe-closed',
        serviceType: 'phone_charging',
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-internal', {
        ...series,
        siteId: 'probe-shown',
        serviceType: 'tents_sleeping_bags',
        public: false,
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-ended', {
        ...series,
        siteId: 'probe-shown',
        serviceType: 'mental_health',
        validUntil: '2026-01-31',
      });
      // Written under an organisation that is not on this platform.
      scheduleBoard.writeSeries(doc, salam, 'probe-foreign', {
        ...series,
        siteId: 'probe-shown',
        serviceType: 'women_only_space',
      });
    });

    await server.app.liveDocuments.writeDocument('capacity:calais', 'test', (doc) => {
      capacityBoard.writeService(doc, utopia, 'probe-beds', {
        name: 'Probe night shelter',
        serviceType: 'shelter',
        siteId: 'probe-shown',
        opensAt: '19:00',
        closesAt: '08:00',
        audience: 'women families',
        unit: 'beds',
        total: 30,
        public: true,
      });
      capacityBoard.recordReading(doc, utopia, 'probe-beds', {
        status: 'limited',
        available: 4,
        total: 30,
        note: 'Probe note about the beds',
        by: 'Probe Reader Name',
        at: new Date(now.getTime() - 20 * 60_000).toISOString(),
      });
      capacityBoard.writeService(doc, utopia, 'probe-stale', {
        name: 'Probe stale clinic',
        serviceType: 'medical_consultation',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        unit: 'slots',
        public: true,
      });
      capacityBoard.recordReading(doc, utopia, 'probe-stale', {
        status: 'open',
        available: 9,
        total: 12,
        note: null,
        by: 'Probe Stale Reader',
        at: new Date(now.getTime() - 3 * 24 * 3_600_000).toISOString(),
      });
      capacityBoard.writeService(doc, utopia, 'probe-internal-hosting', {
        name: 'Probe internal hosting',
        serviceType: 'shelter',
        address: 'Probe Street 12, never published',
        public: false,
      });
      capacityBoard.writeService(doc, utopia, 'probe-day-centre', {
        name: 'Probe day centre',
        serviceType: 'information_point',
        address: 'Probe Day Centre, 3 rue de la Sonde',
        public: true,
      });
      capacityBoard.writeService(doc, utopia, 'probe-field-address', {
        name: 'Probe field kits',
        serviceType: 'hygiene_kits',
        siteId: 'probe-field',
        address: 'Probe Hidden Address',
        public: true,
      });
      capacityBoard.writeService(doc, utopia, 'probe-archived', {
        name: 'Probe archived showers',
        serviceType: 'showers',
        public: true,
        archived: true,
      });
    });

    await server.app.liveDocuments.writeDocument('schedule:dunkirk', 'test', (doc) => {
      scheduleBoard.writeSite(
        doc,
        'probe-dunkirk',
        site({ name: 'Probe Dunkirk Quay', publicLevel: 'shown' }),
      );
      scheduleBoard.writeSeries(doc, salam, 'probe-dunkirk-meal', {
        ...series,
        siteId: 'probe-dunkirk',
      });
    });

    response = await fetch(`${server.url}/guide/calais/hsds.json`);
    feed = (await response.clone().json()) as HsdsExport;
  });
  afterAll(() => server.close());

  const text = () => JSON.stringify(feed);
  const serviceNamed = (name: string) => feed.service.filter((s) => s.name === name);

  it('answers public JSON that caches for five minutes, without a session', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(feed.hsds_version).toBe('3.1');
    expect(feed.publisher.guide_url).toBe('http://opale.test/guide/calais');
  });

  it('has only rows that are valid HSDS objects of their table, with no field HSDS does not define', () => {
    const { ajv, schemas } = hsdsValidator();
    for (const table of tables) {
      const validate = ajv.getSchema(`${table}.json`)!;
      const known = Object.keys(schemas.get(table)!.properties);
      for (const row of feed[table]) {
        expect(validate(row), `${table}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        for (const key of Object.keys(row)) expect(known, `${table}.${key}`).toContain(key);
      }
    }
    expect(feed.service.length).toBeGreaterThan(10);
    expect(feed.schedule.length).toBe(feed.service.length);
    expect(feed.location.length).toBeGreaterThan(0);
    expect(feed.service_capacity.length).toBeGreaterThan(0);
  });

  it('links every row to rows that are in the export, under unique ids', () => {
    const ids = tables.flatMap((table) => feed[table].map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    const idsOf = (table: (typeof tables)[number]) => new Set(feed[table].map((row) => row.id));
    for (const service of feed.service) {
      expect(idsOf('organization')).toContain(service.organization_id);
    }
    for (const link of feed.service_at_location) {
      expect(idsOf('service')).toContain(link.service_id);
      expect(idsOf('location')).toContain(link.location_id);
    }
    for (const schedule of feed.schedule) {
      if (schedule.service_at_location_id) {
        expect(idsOf('service_at_location')).toContain(schedule.service_at_location_id);
      } else {
        expect(idsOf('service')).toContain(schedule.service_id);
      }
    }
    for (const capacity of feed.service_capacity) {
      expect(idsOf('service')).toContain(capacity.service_id);
    }
  });

  it('keeps its ids from one export to the next', async () => {
    const again = (await (
      await fetch(`${server.url}/guide/calais/hsds.json`)
    ).json()) as HsdsExport;
    for (const table of tables) {
      expect(again[table].map((row) => row.id)).toEqual(feed[table].map((row) => row.id));
    }
    expect(derivedId('calais', 'x')).toBe(derivedId('calais', 'x'));
    expect(derivedId('calais', 'x')).not.toBe(derivedId('dunkirk', 'x'));
  });

  it('shows a site only when its public level is shown, with its public directions only', () => {
    const shown = feed.location.find((l) => l.name === 'Probe Square');
    expect(shown && Object.keys(shown).sort()).toEqual([
      'description',
      'id',
      'location_type',
      'name',
    ]);
    expect(shown).toMatchObject({
      location_type: 'physical',
      name: 'Probe Square',
      description: 'Opposite the probe bakery',
    });
    for (const hidden of [
      'Probe Field Camp',
      'Probe Ask Wood',
      'Probe Unset Dunes',
      'Probe Evicted Lot',
      'behind the probe warehouse',
    ]) {
      expect(text()).not.toContain(hidden);
    }
    // The demo's: one site of each level on Calais.
    expect(feed.location.find((l) => l.name === 'Site Gare')?.description).toBe(
      'Square opposite the railway station, by the bus stops',
    );
    for (const demoSite of [
      'Site Nord',
      'Site Hôpital',
      'Parking near the industrial zone',
      'Square opposite the station',
      'Calais centre',
    ]) {
      expect(text()).not.toContain(demoSite);
    }
  });

  it('gives a service without a site the address published with it, as the guide does', () => {
    const [centre] = serviceNamed('Probe day centre');
    const link = feed.service_at_location.find((l) => l.service_id === centre!.id);
    expect(feed.location.find((l) => l.id === link?.location_id)).toMatchObject({
      location_type: 'physical',
      name: 'Probe Day Centre, 3 rue de la Sonde',
    });
    // A site kept to the field hides the address too.
    const [kits] = serviceNamed('Probe field kits');
    // Listed as an active service: what follows is about its place, not its absence.
    expect(kits).toMatchObject({ name: 'Probe field kits', status: 'active' });
    expect(feed.service_at_location.some((l) => l.service_id === kits!.id)).toBe(false);
    expect(text()).not.toContain('Probe Hidden Address');
  });

  it('still lists a public series whose place is kept to the field, without a place', () => {
    const [clothes] = serviceNamed('Clothes').filter((s) =>
      feed.schedule.some(
        (sc) => sc.service_id === s.id && sc.byday === 'MO,TH' && sc.opens_at?.startsWith('12:00'),
      ),
    );
    // Listed as an active service: what follows is about its place, not its absence.
    expect(clothes).toMatchObject({ name: 'Clothes', status: 'active' });
    expect(feed.service_at_location.some((l) => l.service_id === clothes!.id)).toBe(false);
  });

  it('turns a series into a service with its recurrence, times and validity', () => {
    const [meal] = serviceNamed('Meal').filter((s) =>
      feed.service_at_location.some((l) => l.service_id === s.id),
    );
    const link = feed.service_at_location.find((l) => l.service_id === meal!.id)!;
    const schedule = feed.schedule.find((s) => s.service_at_location_id === link.id)!;
    expect(schedule).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TH',
      dtstart: '2026-01-05',
      valid_from: '2026-01-05',
    });
    expect([1, 2]).toContain(schedule.timezone);
    const zone = `+0${schedule.timezone}:00`;
    expect(schedule.opens_at).toBe(`12:00:00${zone}`);
    expect(schedule.closes_at).toBe(`13:30:00${zone}`);
    // A daily series is weekly on every day in HSDS.
    const water = feed.schedule.filter((s) => s.byday === 'MO,TU,WE,TH,FR,SA,SU');
    expect(water.length).toBeGreaterThan(0);
  });

  it('leaves out internal series and services, archived and ended ones, and other platforms', () => {
    expect(serviceNamed('Tents and sleeping bags')).toEqual([]);
    expect(serviceNamed('Mental health')).toEqual([]);
    expect(serviceNamed('Women-only space')).toEqual([]);
    for (const absent of [
      'Probe internal hosting',
      'Probe Street 12',
      'Probe archived showers',
      'Probe Dunkirk Quay',
      'Citizen hosting network',
      'never published',
      'Salam',
      'Project Play',
    ]) {
      expect(text()).not.toContain(absent);
    }
  });

  it('gives no note, no reader and no member name', async () => {
    for (const absent of [
      'Internal note',
      'Probe note about the beds',
      'Probe Reader Name',
      'Probe Stale Reader',
      'Interpreters in Pashto',
    ]) {
      expect(text()).not.toContain(absent);
    }
    const platform = await findPlatformBySlug(server.handle.db, 'calais');
    const members = await listMembersOfPlatform(server.handle.db, platform!.id);
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(text()).not.toContain(member.name);
      expect(text()).not.toContain(member.email);
    }
  });

  it('gives a confirmed reading as the capacity, and none for a reading past its threshold', () => {
    const [beds] = serviceNamed('Probe night shelter');
    expect(beds).toMatchObject({
      description: 'Shelter',
      eligibility_description: 'Women, Families',
      status: 'active',
    });
    const capacity = feed.service_capacity.find((c) => c.service_id === beds!.id);
    expect(capacity).toMatchObject({
      available: 4,
      maximum: 30,
      unit: { name: 'beds', identifier: 'beds' },
    });
    const [stale] = serviceNamed('Probe stale clinic');
    // Listed as an active service: what follows is about its place, not its absence.
    expect(stale).toMatchObject({ name: 'Probe stale clinic', status: 'active' });
    expect(feed.service_capacity.some((c) => c.service_id === stale!.id)).toBe(false);
    const staleSchedule = feed.schedule.find((s) => s.service_id === stale!.id);
    expect(staleSchedule).toMatchObject({ freq: 'WEEKLY', byday: 'TU' });
  });

  it('lists the organisations running public entries, with their public contacts', () => {
    const utopia = feed.organization.find((o) => o.name === 'Utopia 56')!;
    expect(utopia).toMatchObject({
      website: 'https://utopia56.org',
      email: 'coordination@utopia56.example',
    });
    expect(feed.phone).toContainEqual(
      expect.objectContaining({ organization_id: utopia.id, number: '+33 6 39 98 00 01' }),
    );
    // On the platform, but running nothing public.
    expect(feed.organization.map((o) => o.name)).not.toContain('Human Rights Observers');
  });

  it('answers 404 for a platform that does not exist', async () => {
    const missing = await fetch(`${server.url}/guide/nowhere/hsds.json`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain(
      '/guide/calais/hsds.json',
    );
  });
});

describe('recurrences in HSDS', () => {
  it('writes a daily rule as weekly on every day, or on its days', () => {
    expect(hsdsRecurrence('FREQ=DAILY')).toEqual({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' });
    expect(hsdsRecurrence('FREQ=DAILY;BYDAY=MO,FR')).toEqual({ freq: 'WEEKLY', byday: 'MO,FR' });
  });

  it('keeps the interval, ordinal days, days of the month, count, end and week start', () => {
    expect(hsdsRecurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU')).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byday: 'TU',
      wkst: 'SU',
    });
    expect(hsdsRecurrence('RRULE:FREQ=MONTHLY;BYDAY=1MO,-1FR;UNTIL=20261231')).toEqual({
      freq: 'MONTHLY',
      byday: '1MO,-1FR',
      until: '2026-12-31',
    });
    expect(hsdsRecurrence('FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6')).toEqual({
      freq: 'MONTHLY',
      bymonthday: '1,15',
      count: 6,
    });
  });

  it('says it cannot when HSDS has no fields for the rule', () => {
    expect(hsdsRecurrence('FREQ=DAILY;INTERVAL=2')).toBeNull();
    expect(hsdsRecurrence('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1')).toBeNull();
    expect(hsdsRecurrence('FREQ=WEEKLY;BYMONTH=6,7;BYDAY=SA')).toBeNull();
  });
});
