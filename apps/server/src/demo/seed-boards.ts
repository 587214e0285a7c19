/**
 * The demo content of the live boards, written on the server as Yjs updates appended to the
 * document log, exactly as an accepted edit would be. Never seeded by a client: a client seeding
 * the same content would duplicate it (PITFALLS.md). The agenda's demo is in seed-agenda.ts, the
 * capacity boards' in seed-capacity.ts.
 */
import type { Kysely } from 'kysely';
import {
  addDays,
  localDateOf,
  localInstant,
  scheduleBoard,
  weekdayOf,
  type ServiceTypeCode,
  type SitePublicLevel,
} from '@opale/core';
import { listOrganisationsOfPlatform, listPlatforms, type Database } from '@opale/db';
import type { DocumentStore } from '@opale/sync';
import { seedDemoAgenda } from './seed-agenda';
import { seedDemoCapacity } from './seed-capacity';
import { demoAccounts } from './seed-demo';
import { seedDocument } from './seed-document';
import { seedDemoIncidents } from './seed-incidents';

interface DemoSite {
  id: string;
  name: string;
  area: string;
  description: string;
  /** What the public Arrival Guide says of it: one site of each kind on Calais. */
  publicLevel: SitePublicLevel;
  publicDescription?: string;
}

// Distribution points named by what is near them, never by where people sleep.
const sites: Record<string, DemoSite[]> = {
  calais: [
    {
      id: 'calais-north',
      name: 'Site Nord',
      area: 'Calais nord',
      description: 'Parking near the industrial zone',
      publicLevel: 'field',
    },
    {
      id: 'calais-hospital',
      name: 'Site Hôpital',
      area: 'Calais est',
      description: 'Open ground behind the hospital bus stop',
      publicLevel: 'ask',
    },
    {
      id: 'calais-station',
      name: 'Site Gare',
      area: 'Calais centre',
      description: 'Square opposite the station',
      publicLevel: 'shown',
      publicDescription: 'Square opposite the railway station, by the bus stops',
    },
  ],
  dunkirk: [
    {
      id: 'dunkirk-loon',
      name: 'Site Loon-Plage',
      area: 'Loon-Plage',
      description: 'Car park by the sports ground',
      publicLevel: 'shown',
      publicDescription: 'Car park of the Loon-Plage sports ground',
    },
    {
      id: 'dunkirk-grande-synthe',
      name: 'Site Grande-Synthe',
      area: 'Grande-Synthe',
      description: 'Entrance of the lake path',
      publicLevel: 'field',
    },
  ],
};

interface DemoSeries {
  organisation: string;
  id: string;
  siteId: string;
  serviceType: ServiceTypeCode;
  rrule: string;
  startTime: string;
  endTime: string;
  expectedQuantity: number;
  public?: boolean;
  notes?: string;
}

const daily = 'FREQ=DAILY';

/**
 * A week on each platform, the same every week from the Monday before last. Every site, service
 * and part of the day that is served is served every day, except for exactly one gap, and
 * exactly one clash exists, so that the coverage view has one of each to show:
 *
 * - Calais, gap: no medical consultation at Site Gare on Sunday mornings (Médecins du Monde
 *   Monday to Friday, Croix-Rouge française on Saturdays, nobody on Sundays).
 * - Calais, clash: on Saturday afternoons Secours Catholique's phone charging at Site Gare
 *   (14:00–17:00) overlaps Utopia 56's daily one (13:00–16:00).
 * - Dunkirk, gap: no showers at Site Grande-Synthe on Thursday mornings (the Croix-Rouge
 *   shower truck is serviced that day).
 * - Dunkirk, clash: on Friday evenings Utopia 56's hot meal at Site Loon-Plage (19:00–20:30)
 *   overlaps Salam's daily dinner (18:00–19:30).
 */
const series: Record<string, DemoSeries[]> = {
  calais: [
    {
      organisation: 'Refugee Community Kitchen',
      id: 'rck-lunch',
      siteId: 'calais-north',
      serviceType: 'meal',
      rrule: daily,
      startTime: '12:00',
      endTime: '14:00',
      expectedQuantity: 800,
    },
    {
      organisation: 'Refugee Community Kitchen',
      id: 'rck-dinner',
      siteId: 'calais-hospital',
      serviceType: 'meal',
      rrule: daily,
      startTime: '18:00',
      endTime: '19:30',
      expectedQuantity: 600,
    },
    {
      organisation: 'La Vie Active',
      id: 'lva-water-north',
      siteId: 'calais-north',
      serviceType: 'drinking_water',
      rrule: daily,
      startTime: '08:30',
      endTime: '11:30',
      expectedQuantity: 400,
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-water',
      siteId: 'calais-hospital',
      serviceType: 'drinking_water',
      rrule: daily,
      startTime: '10:00',
      endTime: '12:00',
      expectedQuantity: 300,
    },
    {
      organisation: 'La Vie Active',
      id: 'lva-showers',
      siteId: 'calais-north',
      serviceType: 'showers',
      rrule: daily,
      startTime: '09:00',
      endTime: '11:30',
      expectedQuantity: 60,
      notes: 'Shuttle to the shower block leaves from the car park every 20 minutes.',
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-charging',
      siteId: 'calais-station',
      serviceType: 'phone_charging',
      rrule: daily,
      startTime: '13:00',
      endTime: '16:00',
      expectedQuantity: 150,
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-charging-saturday',
      siteId: 'calais-station',
      serviceType: 'phone_charging',
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
      startTime: '14:00',
      endTime: '17:00',
      expectedQuantity: 100,
    },
    {
      organisation: 'Médecins du Monde',
      id: 'mdm-clinic',
      siteId: 'calais-station',
      serviceType: 'medical_consultation',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      startTime: '09:30',
      endTime: '12:00',
      expectedQuantity: 40,
      notes: 'Interpreters in Pashto and Tigrinya on Mondays and Thursdays.',
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-clinic-saturday',
      siteId: 'calais-station',
      serviceType: 'medical_consultation',
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
      startTime: '10:00',
      endTime: '12:00',
      expectedQuantity: 30,
    },
    {
      organisation: 'Care4Calais',
      id: 'c4c-clothes',
      siteId: 'calais-hospital',
      serviceType: 'clothes',
      rrule: daily,
      startTime: '14:00',
      endTime: '16:30',
      expectedQuantity: 120,
      // Announced by word of mouth on the day, to avoid crowds at the van.
      public: false,
    },
  ],
  dunkirk: [
    {
      organisation: 'Salam',
      id: 'salam-dinner',
      siteId: 'dunkirk-loon',
      serviceType: 'meal',
      rrule: daily,
      startTime: '18:00',
      endTime: '19:30',
      expectedQuantity: 400,
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-friday-meal',
      siteId: 'dunkirk-loon',
      serviceType: 'meal',
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      startTime: '19:00',
      endTime: '20:30',
      expectedQuantity: 200,
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-lunch',
      siteId: 'dunkirk-grande-synthe',
      serviceType: 'meal',
      rrule: daily,
      startTime: '12:00',
      endTime: '13:30',
      expectedQuantity: 250,
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-water-loon',
      siteId: 'dunkirk-loon',
      serviceType: 'drinking_water',
      rrule: daily,
      startTime: '10:00',
      endTime: '12:00',
      expectedQuantity: 300,
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-charging',
      siteId: 'dunkirk-loon',
      serviceType: 'phone_charging',
      rrule: daily,
      startTime: '14:00',
      endTime: '17:00',
      expectedQuantity: 120,
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-showers',
      siteId: 'dunkirk-grande-synthe',
      serviceType: 'showers',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,FR,SA,SU',
      startTime: '09:00',
      endTime: '11:30',
      expectedQuantity: 50,
    },
    {
      organisation: 'Médecins du Monde',
      id: 'mdm-clinic',
      siteId: 'dunkirk-loon',
      serviceType: 'medical_consultation',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      startTime: '14:00',
      endTime: '16:30',
      expectedQuantity: 35,
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-clinic-weekend',
      siteId: 'dunkirk-loon',
      serviceType: 'medical_consultation',
      rrule: 'FREQ=WEEKLY;BYDAY=SA,SU',
      startTime: '14:00',
      endTime: '16:00',
      expectedQuantity: 25,
    },
    {
      organisation: 'Project Play',
      id: 'play-sessions',
      siteId: 'dunkirk-grande-synthe',
      serviceType: 'child_protection',
      rrule: daily,
      startTime: '15:00',
      endTime: '17:00',
      expectedQuantity: 30,
      notes: 'Play sessions for children, with their families nearby.',
    },
  ],
};

interface DemoStatus {
  series: string;
  /** Days before today. */
  daysAgo: number;
  status: 'done' | 'disrupted';
  servedCount: number;
  note?: string;
}

/**
 * What the field teams recorded on the last days: the demo rep's organisation's main
 * distribution (the demo field member belongs to it) and one other organisation's.
 */
const statuses: Record<string, DemoStatus[]> = {
  calais: [
    { series: 'rck-lunch', daysAgo: 3, status: 'done', servedCount: 810 },
    {
      series: 'rck-lunch',
      daysAgo: 2,
      status: 'disrupted',
      servedCount: 320,
      note: 'Police asked us to move; we served again 40 minutes later at the end of the car park.',
    },
    { series: 'rck-lunch', daysAgo: 1, status: 'done', servedCount: 760 },
    { series: 'rck-dinner', daysAgo: 1, status: 'done', servedCount: 540 },
    { series: 'u56-water', daysAgo: 1, status: 'done', servedCount: 280 },
  ],
  dunkirk: [
    { series: 'salam-dinner', daysAgo: 3, status: 'done', servedCount: 390 },
    { series: 'salam-dinner', daysAgo: 2, status: 'done', servedCount: 420 },
    {
      series: 'salam-dinner',
      daysAgo: 1,
      status: 'disrupted',
      servedCount: 150,
      note: 'Heavy rain; the tent collapsed halfway through.',
    },
    { series: 'u56-water-loon', daysAgo: 1, status: 'done', servedCount: 260 },
  ],
};

/** Seeds every board of each platform; a board that already holds anything is left alone. */
export async function seedDemoBoards(
  db: Kysely<Database>,
  store: DocumentStore,
  now: Date,
): Promise<void> {
  const today = localDateOf(now);
  // From the Monday before last: this week and the last one are whole weeks of distributions.
  const validFrom = addDays(today, -weekdayOf(today) - 7);
  for (const platform of await listPlatforms(db)) {
    const organisations = await listOrganisationsOfPlatform(db, platform.id);
    const idOf = (name: string) => {
      const found = organisations.find((o) => o.name === name);
      if (!found) throw new Error(`demo boards refer to ${name}, which is not on ${platform.name}`);
      return found.id;
    };
    const platformSeries = series[platform.slug] ?? [];
    const fieldName =
      demoAccounts.find((a) => a.platform === platform.slug && a.role === 'field')?.name ??
      'Demo field team';
    await seedDocument(store, `schedule:${platform.slug}`, (doc) => {
      for (const site of sites[platform.slug] ?? []) {
        scheduleBoard.writeSite(doc, site.id, {
          name: site.name,
          area: site.area,
          description: site.description,
          locationText: null,
          activeFrom: addDays(validFrom, -28),
          activeUntil: null,
          publicLevel: site.publicLevel,
          publicDescription: site.publicDescription ?? null,
        });
      }
      for (const s of platformSeries) {
        scheduleBoard.writeSeries(doc, idOf(s.organisation), s.id, {
          siteId: s.siteId,
          serviceType: s.serviceType,
          rrule: s.rrule,
          startTime: s.startTime,
          endTime: s.endTime,
          validFrom,
          validUntil: null,
          expectedQuantity: s.expectedQuantity,
          notes: s.notes ?? null,
          public: s.public ?? true,
        });
      }
      for (const state of statuses[platform.slug] ?? []) {
        const s = platformSeries.find((candidate) => candidate.id === state.series);
        if (!s) throw new Error(`demo status refers to the unknown series ${state.series}`);
        const date = addDays(today, -state.daysAgo);
        scheduleBoard.setOccurrenceState(doc, idOf(s.organisation), s.id, date, {
          status: state.status,
          servedCount: state.servedCount,
          note: state.note ?? null,
          by: fieldName,
          // Recorded a quarter of an hour after the distribution ended.
          at: new Date(localInstant(date, s.endTime).getTime() + 15 * 60_000).toISOString(),
        });
      }
    });

    await seedDemoCapacity(db, store, platform.slug, idOf, now);
  }
  await seedDemoAgenda(db, store, now);
  // After the agenda: incidents are shared with the groups it creates, at the sites above.
  await seedDemoIncidents(db, store, now);
}
