/**
 * The demo capacity boards: on each platform the services whose places change by the hour or the
 * day — shelters, transport to them, a clinic, showers, phone charging, legal information, first
 * aid — and what their teams recorded over the last five days, in Paris time relative to the seed.
 *
 * Each reading is its own update in the board's log, in time order, as the teams would have sent
 * them: the SQL history is derived from the log (live/capacity-history.ts), and the seed writes
 * the same rows at once so that the history is there before anyone opens the board.
 *
 * Whatever the hour of the seed, on each platform: a shelter for women and families is full and
 * was confirmed within its threshold; the evening-only services (the cold-weather shelter, the
 * transport to shelter) and a few day services were last confirmed longer ago than theirs, so
 * they show as unconfirmed; a citizen hosting network is internal; one service is archived. The
 * demo field member's organisation (RCK in Calais, Salam in Dunkirk) runs phone charging, so
 * signing in as them shows a service they may confirm.
 *
 * Counts and notes are about the services, never about the people they help.
 */
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import {
  addDays,
  capacityBoard,
  localDateOf,
  localInstant,
  recurrenceDates,
  staleAfterMinutes,
  type Audience,
  type CapacityReading,
  type CapacityService,
  type CapacityStatus,
  type CapacityUnit,
  type ServiceTypeCode,
} from '@opale/core';
import { recordCapacityReading, type Database } from '@opale/db';
import type { DocumentStore } from '@opale/sync';
import { demoAccounts } from './seed-demo';
import { seedDocumentSteps } from './seed-document';

/** How many days of readings before the seed day the demo holds. */
const demoCapacityDays = 5;

interface DemoReadingTime {
  /** When it is recorded on each opening day, HH:MM in Paris. */
  at: string;
  /**
   * Free places, from the oldest day to the seed day (repeated if shorter); `closed` when the
   * service is closed at that hour.
   */
  free: readonly number[] | 'closed';
  note?: string;
}

interface DemoLatestReading {
  /** HH:MM in Paris. */
  at: string;
  /**
   * Whether it still holds when the demo is seeded. A confirmed one is the last `at` of an
   * opening day before the seed; when that is older than the service's threshold, the last `at`
   * of a day off (confirmed closed), or else 40 minutes before the seed. An unconfirmed one is
   * the last `at` of an opening day older than the threshold.
   */
  holds: 'confirmed' | 'unconfirmed';
  /** On this day before the seed day exactly (for a service that stopped). */
  daysAgo?: number;
  free: number | 'closed';
  by: string;
  note?: string;
}

interface DemoCapacityService {
  organisation: string;
  id: string;
  name: string;
  serviceType: ServiceTypeCode;
  siteId?: string;
  address?: string;
  rrule?: string;
  opensAt?: string;
  closesAt?: string;
  audience?: readonly Audience[];
  unit: CapacityUnit;
  total: number;
  public: boolean;
  staleAfterMinutes?: number;
  /** Who records the readings before the latest, in turn: first names or the team. */
  readers: readonly string[];
  readings: readonly DemoReadingTime[];
  latest: DemoLatestReading;
  /** Archived the morning after its latest reading: off the board, its history kept. */
  archived?: true;
}

function fieldMemberOf(platform: string): string {
  const account = demoAccounts.find((a) => a.platform === platform && a.role === 'field');
  if (!account) throw new Error(`the demo has no field account on ${platform}`);
  return account.name;
}

const weekdays = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const atRiskOfNoBed: readonly Audience[] = [
  'women',
  'families',
  'unaccompanied_minors',
  'vulnerable_people',
];

const services: Record<string, readonly DemoCapacityService[]> = {
  calais: [
    {
      organisation: 'La Vie Active',
      id: 'lva-family-shelter',
      name: "Mise à l'abri for women and families",
      serviceType: 'shelter',
      address: 'Calais — address given on referral by the 115',
      audience: ['women', 'families'],
      unit: 'beds',
      total: 40,
      public: true,
      readers: ['Nadia', 'La Vie Active team', 'Karim'],
      readings: [
        { at: '09:00', free: [5, 7, 4, 6, 8, 5] },
        { at: '18:00', free: [14, 11, 12, 9, 13, 10] },
        { at: '20:00', free: [4, 3, 5, 2, 1, 3] },
        { at: '21:30', free: [0, 0, 1, 0, 0, 0] },
      ],
      latest: {
        at: '21:30',
        holds: 'confirmed',
        free: 0,
        by: 'Nadia',
        note: 'Full; families are referred to the 115.',
      },
    },
    {
      organisation: 'La Vie Active',
      id: 'lva-cold-weather-shelter',
      name: 'Cold-weather emergency shelter (plan grand froid)',
      serviceType: 'shelter',
      address: 'Municipal gymnasium, Calais — open while the préfecture runs the cold-weather plan',
      opensAt: '19:00',
      closesAt: '09:00',
      audience: ['everyone'],
      unit: 'beds',
      total: 150,
      public: true,
      readers: ['La Vie Active team', 'Yanis', 'Sophie'],
      readings: [
        { at: '09:00', free: 'closed', note: 'Closed during the day; reopens at 19:00.' },
        { at: '19:00', free: [110, 95, 120, 88, 101, 97] },
        { at: '21:00', free: [35, 22, 41, 18, 30, 26] },
        { at: '23:00', free: [4, 0, 9, 0, 2, 0] },
      ],
      latest: { at: '23:00', holds: 'unconfirmed', free: 3, by: 'Yanis' },
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-shelter-transport',
      name: 'Transport to the night shelter',
      serviceType: 'shelter_transport',
      siteId: 'calais-station',
      opensAt: '19:00',
      closesAt: '23:00',
      audience: atRiskOfNoBed,
      unit: 'places',
      total: 16,
      public: true,
      readers: ['Utopia 56 team', 'Léa', 'Tom'],
      readings: [
        { at: '19:15', free: [16], note: 'First run leaves Site Gare at 19:30.' },
        { at: '20:30', free: [6, 3, 8, 2, 5, 4] },
        { at: '21:15', free: [0, 0, 2, 0, 1, 0] },
        { at: '22:15', free: 'closed', note: 'Last run of the night has left.' },
      ],
      latest: { at: '21:15', holds: 'unconfirmed', free: 0, by: 'Léa' },
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-hosting-network',
      name: 'Citizen hosting network (referral only)',
      serviceType: 'shelter',
      address: 'Host homes around Calais — never published',
      audience: ['women', 'families', 'vulnerable_people'],
      unit: 'beds',
      total: 12,
      // Hosts open their homes on condition that nobody outside the platform learns of them.
      public: false,
      staleAfterMinutes: 12 * 60,
      readers: ['Utopia 56 team', 'Léa'],
      readings: [{ at: '20:00', free: [2, 1, 0, 3, 1, 2] }],
      latest: { at: '20:00', holds: 'confirmed', free: 1, by: 'Utopia 56 team' },
    },
    {
      organisation: 'Médecins du Monde',
      id: 'mdm-clinic',
      name: 'Médecins du Monde clinic',
      serviceType: 'medical_consultation',
      siteId: 'calais-station',
      rrule: weekdays,
      opensAt: '09:30',
      closesAt: '12:00',
      unit: 'slots',
      total: 40,
      public: true,
      readers: ['Médecins du Monde team', 'Inès'],
      readings: [
        { at: '09:15', free: [40, 40, 38, 40, 40, 40] },
        { at: '11:00', free: [9, 4, 12, 6, 3, 8] },
      ],
      latest: {
        at: '11:00',
        holds: 'confirmed',
        free: 6,
        by: 'Inès',
        note: 'Interpreter in Pashto until 11:30.',
      },
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-day-centre-showers',
      name: 'Showers at the Secours Catholique day centre',
      serviceType: 'showers',
      address: 'Secours Catholique day centre, Calais',
      rrule: weekdays,
      opensAt: '09:00',
      closesAt: '12:00',
      unit: 'slots',
      total: 30,
      public: true,
      readers: ['Secours Catholique team', 'Bernard'],
      readings: [{ at: '10:30', free: [8, 5, 11, 3, 6, 9] }],
      latest: { at: '10:30', holds: 'unconfirmed', free: 4, by: 'Bernard' },
    },
    {
      organisation: 'Refugee Community Kitchen',
      id: 'rck-phone-charging',
      name: 'Phone charging at the evening meal',
      serviceType: 'phone_charging',
      siteId: 'calais-hospital',
      opensAt: '18:00',
      closesAt: '19:30',
      unit: 'places',
      total: 48,
      public: true,
      readers: [fieldMemberOf('calais'), 'Refugee Community Kitchen team', 'Jo'],
      readings: [{ at: '18:15', free: [20, 14, 25, 9, 17, 12] }],
      latest: { at: '18:15', holds: 'confirmed', free: 11, by: fieldMemberOf('calais') },
    },
    {
      organisation: 'Channel Info Project',
      id: 'cip-legal-information',
      name: 'Legal information drop-in: asylum in France and the UK',
      serviceType: 'legal_information',
      siteId: 'calais-station',
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH,SA',
      opensAt: '14:00',
      closesAt: '17:00',
      unit: 'slots',
      total: 15,
      public: true,
      readers: ['Channel Info Project team', 'Hannah'],
      readings: [{ at: '15:30', free: [6, 3, 7, 2, 5, 4] }],
      latest: { at: '15:30', holds: 'unconfirmed', free: 3, by: 'Hannah' },
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'first-aid',
      name: 'First aid post',
      serviceType: 'first_aid',
      siteId: 'calais-north',
      opensAt: '13:00',
      closesAt: '18:00',
      unit: 'slots',
      total: 40,
      public: true,
      readers: ['Croix-Rouge team', 'Marc'],
      readings: [{ at: '15:00', free: [12, 8, 10, 6, 9, 7] }],
      latest: { at: '15:00', holds: 'confirmed', free: 8, by: 'Marc' },
    },
    {
      organisation: 'Care4Calais',
      id: 'c4c-hygiene-kits',
      name: 'Hygiene kits at the clothes van',
      serviceType: 'hygiene_kits',
      siteId: 'calais-hospital',
      opensAt: '14:00',
      closesAt: '16:30',
      unit: 'kits',
      total: 150,
      public: true,
      readers: ['Care4Calais team', 'Priya'],
      readings: [{ at: '16:00', free: [40, 22] }],
      latest: {
        at: '16:00',
        holds: 'unconfirmed',
        daysAgo: 3,
        free: 0,
        by: 'Care4Calais team',
        note: 'Stock used up; kits now go out with the clothes.',
      },
      archived: true,
    },
  ],
  dunkirk: [
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-family-shelter',
      name: "Mise à l'abri for women and families",
      serviceType: 'shelter',
      address: 'Grande-Synthe — address given on referral by the 115',
      audience: ['women', 'families'],
      unit: 'beds',
      total: 30,
      public: true,
      readers: ['Croix-Rouge team', 'Amina', 'Julien'],
      readings: [
        { at: '09:00', free: [4, 6, 3, 5, 2, 4] },
        { at: '18:00', free: [11, 9, 13, 8, 10, 7] },
        { at: '20:00', free: [3, 2, 4, 1, 2, 3] },
        { at: '21:30', free: [0, 0, 0, 1, 0, 0] },
      ],
      latest: {
        at: '21:30',
        holds: 'confirmed',
        free: 0,
        by: 'Amina',
        note: 'Full; new requests go through the 115.',
      },
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-cold-weather-shelter',
      name: 'Cold-weather emergency shelter (plan grand froid)',
      serviceType: 'shelter',
      address: 'Sports hall, Grande-Synthe — open while the préfecture runs the cold-weather plan',
      opensAt: '19:00',
      closesAt: '09:00',
      audience: ['everyone'],
      unit: 'beds',
      total: 80,
      public: true,
      readers: ['Secours Catholique team', 'Hélène'],
      readings: [
        { at: '09:00', free: 'closed', note: 'Closed during the day; reopens at 19:00.' },
        { at: '19:00', free: [60, 52, 65, 48, 57, 50] },
        { at: '21:00', free: [21, 14, 25, 9, 18, 12] },
        { at: '23:00', free: [5, 2, 8, 0, 3, 1] },
      ],
      latest: { at: '23:00', holds: 'unconfirmed', free: 2, by: 'Hélène' },
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-shelter-transport',
      name: 'Transport to the night shelter',
      serviceType: 'shelter_transport',
      siteId: 'dunkirk-loon',
      opensAt: '19:00',
      closesAt: '23:00',
      audience: atRiskOfNoBed,
      unit: 'places',
      total: 14,
      public: true,
      readers: ['Utopia 56 team', 'Sam', 'Chloé'],
      readings: [
        { at: '19:15', free: [14], note: 'First run leaves the Loon-Plage car park at 19:30.' },
        { at: '20:30', free: [5, 2, 6, 3, 4, 1] },
        { at: '21:15', free: [0, 1, 0, 0, 2, 0] },
        { at: '22:15', free: 'closed', note: 'Last run of the night has left.' },
      ],
      latest: { at: '21:15', holds: 'unconfirmed', free: 1, by: 'Chloé' },
    },
    {
      organisation: 'Utopia 56',
      id: 'u56-hosting-network',
      name: 'Citizen hosting network (referral only)',
      serviceType: 'shelter',
      address: 'Host homes around Dunkirk — never published',
      audience: ['women', 'families', 'vulnerable_people'],
      unit: 'beds',
      total: 8,
      // Hosts open their homes on condition that nobody outside the platform learns of them.
      public: false,
      staleAfterMinutes: 12 * 60,
      readers: ['Utopia 56 team', 'Sam'],
      readings: [{ at: '20:00', free: [1, 0, 2, 1, 0, 1] }],
      latest: { at: '20:00', holds: 'confirmed', free: 1, by: 'Utopia 56 team' },
    },
    {
      organisation: 'Médecins du Monde',
      id: 'mdm-clinic',
      name: 'Médecins du Monde clinic',
      serviceType: 'medical_consultation',
      siteId: 'dunkirk-loon',
      rrule: weekdays,
      opensAt: '14:00',
      closesAt: '16:30',
      unit: 'slots',
      total: 35,
      public: true,
      readers: ['Médecins du Monde team', 'Yasmine'],
      readings: [{ at: '15:30', free: [7, 3, 9, 5, 2, 6] }],
      latest: { at: '15:30', holds: 'unconfirmed', free: 4, by: 'Yasmine' },
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-shower-truck',
      name: 'Shower truck',
      serviceType: 'showers',
      siteId: 'dunkirk-grande-synthe',
      // Serviced on Thursdays.
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,FR,SA,SU',
      opensAt: '09:00',
      closesAt: '11:30',
      unit: 'slots',
      total: 50,
      public: true,
      readers: ['Croix-Rouge team', 'Julien'],
      readings: [{ at: '10:30', free: [14, 9, 17, 6, 12, 10] }],
      latest: { at: '10:30', holds: 'confirmed', free: 9, by: 'Julien' },
    },
    {
      organisation: 'Salam',
      id: 'salam-phone-charging',
      name: 'Phone charging at the dinner',
      serviceType: 'phone_charging',
      siteId: 'dunkirk-loon',
      opensAt: '18:00',
      closesAt: '19:30',
      unit: 'places',
      total: 40,
      public: true,
      readers: [fieldMemberOf('dunkirk'), 'Salam team', 'Mehdi'],
      readings: [{ at: '18:15', free: [15, 11, 19, 8, 13, 10] }],
      latest: { at: '18:15', holds: 'confirmed', free: 12, by: fieldMemberOf('dunkirk') },
    },
    {
      organisation: 'Secours Catholique',
      id: 'sc-legal-information',
      name: "Legal information (permanence d'accès aux droits)",
      serviceType: 'legal_information',
      address: 'Secours Catholique, Grande-Synthe',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      opensAt: '14:00',
      closesAt: '17:00',
      unit: 'slots',
      total: 10,
      public: true,
      readers: ['Secours Catholique team', 'Hélène'],
      readings: [{ at: '16:00', free: [3, 1, 4, 2, 0, 3] }],
      latest: { at: '16:00', holds: 'unconfirmed', free: 2, by: 'Hélène' },
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'first-aid',
      name: 'First aid post',
      serviceType: 'first_aid',
      siteId: 'dunkirk-loon',
      opensAt: '13:00',
      closesAt: '18:00',
      unit: 'slots',
      total: 40,
      public: true,
      readers: ['Croix-Rouge team', 'Amina'],
      readings: [{ at: '15:00', free: [13, 9, 11, 7, 10, 8] }],
      latest: { at: '15:00', holds: 'confirmed', free: 8, by: 'Croix-Rouge team' },
    },
    {
      organisation: 'Croix-Rouge française',
      id: 'crf-showers-loon',
      name: 'Showers at Loon-Plage',
      serviceType: 'showers',
      siteId: 'dunkirk-loon',
      opensAt: '09:00',
      closesAt: '11:00',
      unit: 'slots',
      total: 30,
      public: true,
      readers: ['Croix-Rouge team', 'Julien'],
      readings: [{ at: '10:00', free: [8, 5] }],
      latest: {
        at: '10:00',
        holds: 'unconfirmed',
        daysAgo: 4,
        free: 6,
        by: 'Julien',
        note: 'Last day here; the truck moves to Grande-Synthe.',
      },
      archived: true,
    },
  ],
};

/** One update of the demo board: a reading, or a change to the services. */
export interface DemoCapacityStep {
  at: Date;
  write: (doc: Y.Doc) => void;
  /** The reading it records, for the history. */
  reading: { organisationId: string; serviceId: string; reading: CapacityReading } | null;
}

/**
 * What the demo writes into one platform's capacity board, oldest first: the services, then
 * every reading (and the archiving of a service that stopped) in time order.
 */
export function demoCapacitySteps(
  platform: string,
  organisationIdOf: (name: string) => string,
  now: Date,
): DemoCapacityStep[] {
  const today = localDateOf(now);
  const platformServices = services[platform];
  if (!platformServices) return [];
  const definitions: DemoCapacityStep = {
    at: localInstant(addDays(today, -demoCapacityDays), '00:00'),
    write: (doc) => {
      for (const s of platformServices) {
        capacityBoard.writeService(doc, organisationIdOf(s.organisation), s.id, serviceOf(s));
      }
    },
    reading: null,
  };
  const later = platformServices.flatMap((s) => stepsOf(s, organisationIdOf(s.organisation), now));
  // Stable: readings at the same minute keep the order of the list above.
  later.sort((a, b) => a.at.getTime() - b.at.getTime());
  return [definitions, ...later];
}

function serviceOf(s: DemoCapacityService): CapacityService {
  return {
    name: s.name,
    serviceType: s.serviceType,
    siteId: s.siteId ?? null,
    address: s.address ?? null,
    rrule: s.rrule ?? null,
    opensAt: s.opensAt ?? null,
    closesAt: s.closesAt ?? null,
    audience: (s.audience ?? []).join(' '),
    unit: s.unit,
    total: s.total,
    public: s.public,
    staleAfterMinutes: s.staleAfterMinutes ?? null,
    archived: false,
  };
}

function stepsOf(s: DemoCapacityService, organisationId: string, now: Date): DemoCapacityStep[] {
  const today = localDateOf(now);
  const openOn = openingDays(s, addDays(today, -14), today);
  const latest = latestOf(s, openOn, now);
  const latestAt = latest.at;
  const reading = (at: Date, free: number | 'closed', by: string, note: string | undefined) => {
    const value: CapacityReading = {
      status: statusOf(free, s.total),
      available: free === 'closed' ? null : free,
      total: s.total,
      note: note ?? null,
      by,
      at: at.toISOString(),
    };
    return {
      at,
      write: (doc: Y.Doc) => capacityBoard.recordReading(doc, organisationId, s.id, value),
      reading: { organisationId, serviceId: s.id, reading: value },
    };
  };

  const steps: DemoCapacityStep[] = [];
  const firstDay = addDays(today, -demoCapacityDays);
  for (const date of openOn.filter((d) => d >= firstDay)) {
    const dayIndex = daysBetween(firstDay, date);
    for (const time of s.readings) {
      const at = localInstant(date, time.at);
      // Whatever would come after the latest reading was not recorded.
      if (at.getTime() >= latestAt.getTime()) continue;
      const free = time.free === 'closed' ? 'closed' : time.free[dayIndex % time.free.length]!;
      steps.push(reading(at, free, s.readers[steps.length % s.readers.length]!, time.note));
    }
  }
  steps.push(reading(latestAt, latest.free, s.latest.by, latest.note));
  if (s.archived) {
    const archivedAt = localInstant(addDays(localDateOf(latestAt), 1), '10:00');
    if (archivedAt.getTime() > now.getTime()) {
      throw new Error(`the demo service ${s.id} would be archived after the seed`);
    }
    steps.push({
      at: archivedAt,
      write: (doc) => capacityBoard.writeService(doc, organisationId, s.id, { archived: true }),
      reading: null,
    });
  }
  return steps;
}

/** The local dates in [from, to] the service opens on, newest last. */
function openingDays(s: DemoCapacityService, from: string, to: string): string[] {
  if (!s.rrule) {
    return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  }
  return recurrenceDates(s.rrule, from, null, from, to);
}

/** When the latest reading is taken, and what it says. */
function latestOf(
  s: DemoCapacityService,
  openOn: readonly string[],
  now: Date,
): { at: Date; free: number | 'closed'; note: string | undefined } {
  const { latest } = s;
  const as = (at: Date) => ({ at, free: latest.free, note: latest.note });
  if (latest.daysAgo !== undefined) {
    return as(localInstant(addDays(localDateOf(now), -latest.daysAgo), latest.at));
  }
  const thresholdMs = staleAfterMinutes(serviceOf(s)) * 60_000;
  const age = (at: Date) => now.getTime() - at.getTime();
  const timesOn = (days: readonly string[]) =>
    [...days].reverse().map((date) => localInstant(date, latest.at));
  if (latest.holds === 'unconfirmed') {
    const last = timesOn(openOn).find((at) => age(at) > thresholdMs);
    if (!last) throw new Error(`the demo service ${s.id} has no opening day to be stale since`);
    return as(last);
  }
  const holds = (at: Date) => age(at) >= 0 && age(at) <= thresholdMs;
  const onOpeningDay = timesOn(openOn).find((at) => age(at) >= 0);
  if (onOpeningDay && holds(onOpeningDay)) return as(onOpeningDay);
  // The day after a day off: the team confirmed it closed at its usual time.
  const today = localDateOf(now);
  const onDayOff = timesOn([addDays(today, -1), today]).find((at) => age(at) >= 0);
  if (onDayOff && holds(onDayOff)) return { at: onDayOff, free: 'closed', note: 'Closed today.' };
  // Out of its hours, or the clocks changed: confirmed a little before the seed.
  return as(new Date(now.getTime() - 40 * 60_000));
}

/** What a team would call it: full at none left, limited at a fifth or less. */
function statusOf(free: number | 'closed', total: number): CapacityStatus {
  if (free === 'closed') return 'closed';
  if (free <= 0) return 'full';
  return free <= total / 5 ? 'limited' : 'open';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Seeds a platform's capacity board, one logged update per step, and its SQL history: the rows
 * the live server would derive from those updates (live/capacity-history.ts), so the history
 * shows before anyone opens the board. A board that already holds anything is left alone.
 */
export async function seedDemoCapacity(
  db: Kysely<Database>,
  store: DocumentStore,
  platform: string,
  organisationIdOf: (name: string) => string,
  now: Date,
): Promise<void> {
  const docName = `capacity:${platform}`;
  const steps = demoCapacitySteps(platform, organisationIdOf, now);
  if (steps.length === 0) return;
  const seqs = await seedDocumentSteps(
    store,
    docName,
    steps.map((step) => step.write),
  );
  if (!seqs) return;
  await db.transaction().execute(async (trx) => {
    for (const [index, step] of steps.entries()) {
      if (!step.reading) continue;
      const { organisationId, serviceId, reading } = step.reading;
      await recordCapacityReading(trx, {
        doc: docName,
        seq: seqs[index]!,
        platform,
        organisationId,
        serviceId,
        status: reading.status,
        available: reading.available,
        total: reading.total,
        note: reading.note,
        byName: reading.by,
        // Seeded, not sent by an account.
        authorId: null,
        readingAt: reading.at,
        // As if each had reached the server as it was taken.
        recordedAt: reading.at,
      });
    }
  });
}
