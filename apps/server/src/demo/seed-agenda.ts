/**
 * The demo agenda: on each platform, a month around the seed date (two weeks back, three weeks
 * ahead, Paris time) — the weekly platform meeting with its minutes and answers, a meeting with
 * the authorities, a training, a joint winter distribution with its action items — and the
 * groups whose restricted documents hold the child-protection coalition's meetings (on Calais
 * also an advocacy working group, which a publicly funded organisation is invited to but has not
 * joined yet). Minutes give counts only: nothing about any person helped.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import {
  addDays,
  agendaBoard,
  docNameOf,
  groupNeedsConsent,
  joinIds,
  localDateOf,
  localInstant,
  occurrenceKey,
  scheduleBoard,
  weekStartOf,
  type AgendaKind,
  type Answer,
  type GroupKind,
  type PlaceKind,
} from '@opale/core';
import {
  insertGroup,
  listGroupsOfPlatform,
  listOrganisationsOfPlatform,
  listPlatforms,
  upsertGroupOrganisation,
  type Database,
  type Organisation,
} from '@opale/db';
import type { DocumentStore } from '@opale/sync';
import { demoAccounts } from './seed-demo';
import { loadDocument, seedDocument } from './seed-document';

/** A day counted from the Monday of the week the demo is seeded in (0 = that Monday). */
type WeekDay = number;

interface DemoAnswer {
  organisation: string;
  /** The date answered, for a recurring item. */
  occurrence?: WeekDay;
  answer: Answer;
  attendees: string | null;
}

interface DemoAgendaItem {
  id: string;
  kind: AgendaKind;
  title: string;
  /** The first (or only) date. */
  day: WeekDay;
  startTime: string;
  endTime: string;
  rrule?: string;
  placeKind: PlaceKind;
  /** An address, an https link, or the id of a site of the platform's schedule board. */
  place: string;
  organisers: readonly string[];
  /** Organisation names; when left out, every other organisation that can read the board. */
  invited?: readonly string[];
  answers?: readonly DemoAnswer[];
  /** The shared notes of one date (of the only date, for a one-off item). */
  notes?: { occurrence?: WeekDay; text: string };
}

interface DemoAction {
  id: string;
  item: string;
  /** The date of the recurring item's meeting it was decided at. */
  occurrence?: WeekDay;
  text: string;
  owner: string;
  /** Days from the seed date, so that "overdue" stays overdue whatever day it is seeded. */
  dueInDays: number;
  /** Days before the seed date it was ticked off; left out while it is still open. */
  doneDaysAgo?: number;
}

interface DemoBoard {
  items: readonly DemoAgendaItem[];
  actions: readonly DemoAction[];
}

interface DemoGroup {
  name: string;
  kind: GroupKind;
  /** Organisations that need to consent (see groupNeedsConsent) are only invited. */
  organisations: readonly string[];
  board: DemoBoard;
}

const calaisMinutes = `Weekly platform meeting — minutes
Present: 11 organisations, 17 people.

1. Evictions this week
- 5 eviction operations: 3 at Site Nord, 2 near Site Hôpital.
- About 70 tents and 110 sleeping bags taken; Care4Calais and Utopia 56 replaced 45 tents.
- Human Rights Observers recorded 2 distributions interrupted by the police.

2. Distributions
- Refugee Community Kitchen moves the Site Nord lunch to 12:30–14:30 from next week, away from the eviction hours.
- La Vie Active's water point at Site Nord was closed on Wednesday morning (pump repair); Utopia 56 brought water cans.
- Phone charging at Site Gare is crowded on Saturdays: Secours Catholique and Utopia 56 agree their hours.

3. Cold weather
- Nights down to 1 °C; the cold-weather plan is not triggered yet.
- For the sous-préfecture: more shelter places, and a heated place to wait for the shelter bus.

Decisions
- Joint winter distribution at Site Hôpital, organised by Care4Calais and Utopia 56 (see the agenda).
- Next meeting: same time, same place.`;

const calaisCoalitionNotes = `Child protection coalition — notes
Present: 5 organisations.

- Unaccompanied minors met by the outreach teams this fortnight: about 60 (counts from Utopia 56 and ECPAT France; no names kept).
- Emergency shelter for minors: 8 places free on Friday; transport from the station arranged twice.
- Minors seen at the meal distributions are pointed to the ECPAT France outreach team.
- To do: update the sheet of referral contacts for the child-protection services.`;

const dunkirkMinutes = `Weekly platform meeting — minutes
Present: 7 organisations, 12 people.

1. Evictions this week
- 3 eviction operations: 2 at Loon-Plage (Tuesday and Friday), 1 at Grande-Synthe.
- About 40 tents taken; Utopia 56 replaced 25.

2. Distributions
- Salam serves dinner under the covered part of the car park on rainy days.
- The Croix-Rouge française shower truck is serviced on Thursdays: no showers at Grande-Synthe on Thursday mornings until someone covers them.
- Project Play counts about 25 children a day at the afternoon sessions, more than last month.

3. Cold weather
- Médecins du Monde saw 9 people with signs of hypothermia this week.
- Questions for the sous-préfecture meeting: opening of the cold-weather shelter, transport to it.

Decisions
- Joint winter distribution at Site Loon-Plage, organised by Utopia 56 and Salam (see the agenda).`;

const dunkirkCoalitionNotes = `Child protection coalition — notes
Present: 4 organisations.

- Families with children at Grande-Synthe: about 30 families this fortnight (Project Play and Utopia 56 counts).
- Unaccompanied minors met: about 20; 6 accepted a place in the shelter for minors.
- ECPAT France gives an online training on the rights of unaccompanied minors (see the agenda).`;

const agendas: Record<string, { board: DemoBoard; groups: readonly DemoGroup[] }> = {
  calais: {
    board: {
      items: [
        {
          id: 'calais-platform-meeting',
          kind: 'platform_meeting',
          title: 'Weekly platform meeting',
          day: -13,
          startTime: '14:00',
          endTime: '16:00',
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          placeKind: 'address',
          place: 'Maison pour tous, Calais (meeting room)',
          organisers: ['Utopia 56'],
          answers: [
            {
              organisation: 'Utopia 56',
              occurrence: -6,
              answer: 'going',
              attendees: '2 coordinators',
            },
            {
              organisation: 'Refugee Community Kitchen',
              occurrence: -6,
              answer: 'going',
              attendees: '1 volunteer',
            },
            {
              organisation: 'Secours Catholique',
              occurrence: -6,
              answer: 'going',
              attendees: '1 staff member',
            },
            {
              organisation: 'Human Rights Observers',
              occurrence: -6,
              answer: 'going',
              attendees: '1 observer',
            },
            {
              organisation: 'Médecins du Monde',
              occurrence: -6,
              answer: 'not_going',
              attendees: null,
            },
            {
              organisation: 'Utopia 56',
              occurrence: 8,
              answer: 'going',
              attendees: '2 coordinators',
            },
            {
              organisation: 'Refugee Community Kitchen',
              occurrence: 8,
              answer: 'maybe',
              attendees: '1 volunteer, to confirm',
            },
            {
              organisation: 'Care4Calais',
              occurrence: 8,
              answer: 'going',
              attendees: '1 volunteer',
            },
          ],
          notes: { occurrence: -6, text: calaisMinutes },
        },
        {
          id: 'calais-authorities-water',
          kind: 'authorities_meeting',
          title: 'Sous-préfecture: access to water points and showers',
          day: 9,
          startTime: '10:00',
          endTime: '11:30',
          placeKind: 'address',
          place: 'Sous-préfecture de Calais (meeting room)',
          organisers: ['Utopia 56', 'Secours Catholique'],
          invited: [
            'La Vie Active',
            'Médecins du Monde',
            'Croix-Rouge française',
            'Refugee Community Kitchen',
          ],
          answers: [
            { organisation: 'Utopia 56', answer: 'going', attendees: '2 coordinators' },
            {
              organisation: 'Secours Catholique',
              answer: 'going',
              attendees: '1 coordinator, 1 volunteer',
            },
            {
              organisation: 'La Vie Active',
              answer: 'going',
              attendees: 'Head of the water service',
            },
            {
              organisation: 'Médecins du Monde',
              answer: 'maybe',
              attendees: '1 doctor, to confirm',
            },
            { organisation: 'Refugee Community Kitchen', answer: 'not_going', attendees: null },
          ],
        },
        {
          id: 'calais-training-first-aid',
          kind: 'training',
          title: 'First aid and hypothermia for field volunteers',
          day: 10,
          startTime: '18:00',
          endTime: '20:30',
          placeKind: 'address',
          place: 'Croix-Rouge française local unit, Calais (training room)',
          organisers: ['Croix-Rouge française'],
          invited: [
            'Utopia 56',
            'Refugee Community Kitchen',
            'Care4Calais',
            'Secours Catholique',
            'Human Rights Observers',
          ],
          answers: [
            {
              organisation: 'Refugee Community Kitchen',
              answer: 'going',
              attendees: '4 volunteers',
            },
            { organisation: 'Care4Calais', answer: 'going', attendees: '6 volunteers' },
            { organisation: 'Utopia 56', answer: 'maybe', attendees: '2 or 3 volunteers' },
            { organisation: 'Human Rights Observers', answer: 'not_going', attendees: null },
          ],
        },
        {
          id: 'calais-winter-distribution',
          kind: 'joint_activity',
          title: 'Joint winter distribution: sleeping bags and warm clothes',
          day: 12,
          startTime: '14:00',
          endTime: '17:00',
          placeKind: 'site',
          place: 'calais-hospital',
          organisers: ['Care4Calais', 'Utopia 56'],
          invited: [
            'Refugee Community Kitchen',
            'Secours Catholique',
            'Croix-Rouge française',
            'Human Rights Observers',
            'Médecins du Monde',
          ],
          answers: [
            { organisation: 'Care4Calais', answer: 'going', attendees: '6 volunteers and the van' },
            { organisation: 'Utopia 56', answer: 'going', attendees: '4 volunteers' },
            {
              organisation: 'Refugee Community Kitchen',
              answer: 'going',
              attendees: '3 volunteers with hot drinks',
            },
            {
              organisation: 'Secours Catholique',
              answer: 'maybe',
              attendees: '2 volunteers, to confirm',
            },
            { organisation: 'Human Rights Observers', answer: 'going', attendees: '2 observers' },
            { organisation: 'Croix-Rouge française', answer: 'not_going', attendees: null },
          ],
        },
      ],
      actions: [
        {
          id: 'calais-meeting-lunch-times',
          item: 'calais-platform-meeting',
          occurrence: -6,
          text: 'Change the Site Nord lunch times in the schedule, so that the Arrival Guide shows 12:30–14:30',
          owner: 'Refugee Community Kitchen',
          dueInDays: -2,
        },
        {
          id: 'calais-meeting-eviction-counts',
          item: 'calais-platform-meeting',
          occurrence: -6,
          text: "Send the week's eviction counts to the advocacy working group",
          owner: 'Human Rights Observers',
          dueInDays: -3,
          doneDaysAgo: 4,
        },
        {
          id: 'calais-meeting-water-questions',
          item: 'calais-platform-meeting',
          occurrence: -6,
          text: 'Prepare the questions on water points and shelter for the sous-préfecture',
          owner: 'Secours Catholique',
          dueInDays: 1,
        },
        {
          id: 'calais-winter-stock-count',
          item: 'calais-winter-distribution',
          text: 'Count the sleeping bags and coats in the warehouse and share the figures',
          owner: 'Care4Calais',
          dueInDays: -1,
        },
        {
          id: 'calais-winter-water-point',
          item: 'calais-winter-distribution',
          text: 'Ask La Vie Active to keep the Site Hôpital water point open that afternoon',
          owner: 'Utopia 56',
          dueInDays: -3,
          doneDaysAgo: 3,
        },
        {
          id: 'calais-winter-hot-drinks',
          item: 'calais-winter-distribution',
          text: 'Bring hot drinks and cups for about 500 people',
          owner: 'Refugee Community Kitchen',
          dueInDays: 4,
        },
        {
          id: 'calais-winter-notice',
          item: 'calais-winter-distribution',
          text: "Print the notice of the distribution in the Arrival Guide's languages",
          owner: 'Secours Catholique',
          dueInDays: 3,
        },
      ],
    },
    groups: [
      {
        name: 'Child protection coalition',
        kind: 'coalition',
        organisations: [
          'ECPAT France',
          'Utopia 56',
          'Refugee Community Kitchen',
          'Médecins du Monde',
          'Secours Catholique',
        ],
        board: {
          items: [
            {
              id: 'calais-child-protection',
              kind: 'coalition_meeting',
              title: 'Child protection coalition',
              day: -7,
              startTime: '10:00',
              endTime: '11:30',
              rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
              placeKind: 'address',
              place: 'Secours Catholique day centre, Calais (upstairs room)',
              organisers: ['ECPAT France'],
              answers: [
                {
                  organisation: 'ECPAT France',
                  occurrence: -7,
                  answer: 'going',
                  attendees: '2 staff',
                },
                {
                  organisation: 'Utopia 56',
                  occurrence: -7,
                  answer: 'going',
                  attendees: '1 coordinator',
                },
                {
                  organisation: 'ECPAT France',
                  occurrence: 7,
                  answer: 'going',
                  attendees: '2 staff',
                },
                {
                  organisation: 'Refugee Community Kitchen',
                  occurrence: 7,
                  answer: 'going',
                  attendees: '1 volunteer',
                },
                {
                  organisation: 'Médecins du Monde',
                  occurrence: 7,
                  answer: 'maybe',
                  attendees: null,
                },
              ],
              notes: { occurrence: -7, text: calaisCoalitionNotes },
            },
          ],
          actions: [
            {
              id: 'calais-coalition-referral-sheet',
              item: 'calais-child-protection',
              occurrence: -7,
              text: 'Update the sheet of referral contacts for the child-protection services and share it',
              owner: 'ECPAT France',
              dueInDays: 3,
            },
          ],
        },
      },
      {
        name: 'Advocacy working group',
        kind: 'advocacy',
        // Secours Catholique is publicly funded: it is invited, and joins once its rep agrees.
        organisations: ['Utopia 56', 'Human Rights Observers', 'Care4Calais', 'Secours Catholique'],
        board: {
          items: [
            {
              id: 'calais-advocacy-evictions-letter',
              kind: 'advocacy_action',
              title: 'Drafting session: joint letter on evictions during distributions',
              day: 11,
              startTime: '17:00',
              endTime: '18:30',
              placeKind: 'online',
              place: 'https://meet.example.org/opale-demo-calais-advocacy',
              organisers: ['Human Rights Observers'],
              answers: [
                { organisation: 'Utopia 56', answer: 'going', attendees: '1 coordinator' },
                { organisation: 'Care4Calais', answer: 'maybe', attendees: null },
              ],
            },
          ],
          actions: [
            {
              id: 'calais-advocacy-eviction-figures',
              item: 'calais-advocacy-evictions-letter',
              text: 'Gather the eviction counts of the last four weeks for the letter',
              owner: 'Human Rights Observers',
              dueInDays: 4,
            },
          ],
        },
      },
    ],
  },
  dunkirk: {
    board: {
      items: [
        {
          id: 'dunkirk-platform-meeting',
          kind: 'platform_meeting',
          title: 'Weekly platform meeting',
          day: -12,
          startTime: '10:00',
          endTime: '12:00',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          placeKind: 'address',
          place: 'Maison de quartier, Grande-Synthe (meeting room)',
          organisers: ['Utopia 56'],
          answers: [
            {
              organisation: 'Utopia 56',
              occurrence: -5,
              answer: 'going',
              attendees: '2 coordinators',
            },
            { organisation: 'Salam', occurrence: -5, answer: 'going', attendees: '1 volunteer' },
            {
              organisation: 'Médecins du Monde',
              occurrence: -5,
              answer: 'going',
              attendees: '1 coordinator',
            },
            {
              organisation: 'Project Play',
              occurrence: -5,
              answer: 'going',
              attendees: '1 staff member',
            },
            {
              organisation: 'Croix-Rouge française',
              occurrence: -5,
              answer: 'not_going',
              attendees: null,
            },
            {
              organisation: 'Utopia 56',
              occurrence: 9,
              answer: 'going',
              attendees: '1 coordinator',
            },
            {
              organisation: 'Salam',
              occurrence: 9,
              answer: 'maybe',
              attendees: '1 volunteer, to confirm',
            },
            {
              organisation: 'Secours Catholique',
              occurrence: 9,
              answer: 'going',
              attendees: '1 staff member',
            },
          ],
          notes: { occurrence: -5, text: dunkirkMinutes },
        },
        {
          id: 'dunkirk-authorities-shelter',
          kind: 'authorities_meeting',
          title: 'Sous-préfecture: shelter during the cold-weather plan',
          day: 10,
          startTime: '14:30',
          endTime: '16:00',
          placeKind: 'address',
          place: 'Sous-préfecture de Dunkerque (meeting room)',
          organisers: ['Médecins du Monde', 'Utopia 56'],
          invited: ['Secours Catholique', 'Salam', 'Croix-Rouge française'],
          answers: [
            { organisation: 'Médecins du Monde', answer: 'going', attendees: '1 coordinator' },
            { organisation: 'Utopia 56', answer: 'going', attendees: '1 coordinator' },
            { organisation: 'Salam', answer: 'going', attendees: '1 volunteer' },
            { organisation: 'Secours Catholique', answer: 'going', attendees: '1 staff member' },
            { organisation: 'Croix-Rouge française', answer: 'maybe', attendees: null },
          ],
        },
        {
          id: 'dunkirk-training-minors-rights',
          kind: 'training',
          title: 'Rights of unaccompanied minors: protection and age assessment',
          day: 8,
          startTime: '18:00',
          endTime: '19:30',
          placeKind: 'online',
          place: 'https://meet.example.org/opale-demo-minors-rights',
          organisers: ['ECPAT France'],
          answers: [
            { organisation: 'Salam', answer: 'going', attendees: '2 volunteers' },
            { organisation: 'Project Play', answer: 'going', attendees: '4 staff' },
            { organisation: 'Utopia 56', answer: 'going', attendees: '3 volunteers' },
            { organisation: 'Channel Info Project', answer: 'maybe', attendees: '1 volunteer' },
          ],
        },
        {
          id: 'dunkirk-winter-distribution',
          kind: 'joint_activity',
          title: 'Joint winter distribution: tents and blankets',
          day: 12,
          startTime: '10:30',
          endTime: '13:00',
          placeKind: 'site',
          place: 'dunkirk-loon',
          organisers: ['Utopia 56', 'Salam'],
          invited: [
            'Secours Catholique',
            'Project Play',
            'Croix-Rouge française',
            'Channel Info Project',
          ],
          answers: [
            { organisation: 'Utopia 56', answer: 'going', attendees: '5 volunteers' },
            { organisation: 'Salam', answer: 'going', attendees: '3 volunteers' },
            { organisation: 'Secours Catholique', answer: 'going', attendees: '2 volunteers' },
            {
              organisation: 'Project Play',
              answer: 'maybe',
              attendees: '2 staff, with games for the children',
            },
            {
              organisation: 'Croix-Rouge française',
              answer: 'going',
              attendees: 'First-aid team (2)',
            },
            { organisation: 'Channel Info Project', answer: 'not_going', attendees: null },
          ],
        },
      ],
      actions: [
        {
          id: 'dunkirk-meeting-shower-truck',
          item: 'dunkirk-platform-meeting',
          occurrence: -5,
          text: "Say when the shower truck's Thursday servicing ends, so that Thursday mornings can be covered",
          owner: 'Croix-Rouge française',
          dueInDays: -2,
        },
        {
          id: 'dunkirk-meeting-eviction-counts',
          item: 'dunkirk-platform-meeting',
          occurrence: -5,
          text: "Circulate the week's eviction counts to the platform",
          owner: 'Utopia 56',
          dueInDays: -3,
          doneDaysAgo: 3,
        },
        {
          id: 'dunkirk-winter-tents',
          item: 'dunkirk-winter-distribution',
          text: 'Collect the donated tents from the partner warehouse',
          owner: 'Utopia 56',
          dueInDays: -2,
          doneDaysAgo: 2,
        },
        {
          id: 'dunkirk-winter-blankets',
          item: 'dunkirk-winter-distribution',
          text: "Count the blankets left after last week's evictions and share the figure",
          owner: 'Salam',
          dueInDays: -1,
        },
        {
          id: 'dunkirk-winter-rota',
          item: 'dunkirk-winter-distribution',
          text: 'Share the volunteer rota for the morning',
          owner: 'Salam',
          dueInDays: 3,
        },
      ],
    },
    groups: [
      {
        name: 'Child protection coalition',
        kind: 'coalition',
        organisations: ['ECPAT France', 'Utopia 56', 'Project Play', 'Médecins du Monde'],
        board: {
          items: [
            {
              id: 'dunkirk-child-protection',
              kind: 'coalition_meeting',
              title: 'Child protection coalition',
              day: -11,
              startTime: '14:00',
              endTime: '15:30',
              rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
              placeKind: 'address',
              place: 'Maison de quartier, Grande-Synthe (small room)',
              organisers: ['ECPAT France'],
              answers: [
                {
                  organisation: 'Project Play',
                  occurrence: -11,
                  answer: 'going',
                  attendees: '2 staff',
                },
                {
                  organisation: 'Utopia 56',
                  occurrence: 3,
                  answer: 'going',
                  attendees: '1 coordinator',
                },
                {
                  organisation: 'Project Play',
                  occurrence: 3,
                  answer: 'going',
                  attendees: '2 staff',
                },
                {
                  organisation: 'Médecins du Monde',
                  occurrence: 3,
                  answer: 'maybe',
                  attendees: null,
                },
              ],
              notes: { occurrence: -11, text: dunkirkCoalitionNotes },
            },
          ],
          actions: [
            {
              id: 'dunkirk-coalition-session-counts',
              item: 'dunkirk-child-protection',
              occurrence: -11,
              text: 'Share each week how many children come to the afternoon sessions (counts only)',
              owner: 'Project Play',
              dueInDays: 2,
            },
          ],
        },
      },
    ],
  },
};

/** Seeds the agenda of each platform and its groups, leaving alone what already exists. */
export async function seedDemoAgenda(
  db: Kysely<Database>,
  store: DocumentStore,
  now: Date,
): Promise<void> {
  const today = localDateOf(now);
  const monday = weekStartOf(today);
  for (const platform of await listPlatforms(db)) {
    const agenda = agendas[platform.slug];
    if (!agenda) continue;
    const organisations = await listOrganisationsOfPlatform(db, platform.id);
    const organisationNamed = (name: string): Organisation => {
      const found = organisations.find((o) => o.name === name);
      if (!found)
        throw new Error(`the demo agenda refers to ${name}, which is not on ${platform.name}`);
      return found;
    };
    const siteIds = new Set(
      scheduleBoard.sites(await loadDocument(store, `schedule:${platform.slug}`)).map((s) => s.id),
    );
    const writeBoard = (doc: Y.Doc, board: DemoBoard, readers: readonly Organisation[]) => {
      for (const item of board.items) {
        if (item.placeKind === 'site' && !siteIds.has(item.place)) {
          throw new Error(
            `the demo agenda item ${item.id} is at ${item.place}, not a site of ${platform.name}`,
          );
        }
        writeItem(doc, item, {
          monday,
          today,
          readers,
          organisationNamed,
          platform: platform.slug,
        });
      }
      for (const action of board.actions) {
        const item = board.items.find((candidate) => candidate.id === action.item);
        if (!item)
          throw new Error(`the demo action ${action.id} refers to the unknown item ${action.item}`);
        const owner = organisationNamed(action.owner);
        agendaBoard.writeAction(doc, action.id, {
          itemId: action.item,
          occurrenceDate:
            action.occurrence === undefined ? null : addDays(monday, action.occurrence),
          text: action.text,
          owner: owner.id,
          due: addDays(today, action.dueInDays),
          done: action.doneDaysAgo !== undefined,
          doneBy: action.doneDaysAgo === undefined ? null : personOf(platform.slug, owner.name),
          doneAt:
            action.doneDaysAgo === undefined
              ? null
              : localInstant(addDays(today, -action.doneDaysAgo), '16:00').toISOString(),
          createdBy: organisationNamed(item.organisers[0]!).id,
        });
      }
    };

    await seedDocument(
      store,
      docNameOf({ board: 'agenda', platform: platform.slug, group: null }),
      (doc) => writeBoard(doc, agenda.board, organisations),
    );

    const existingGroups = await listGroupsOfPlatform(db, platform.id);
    for (const group of agenda.groups) {
      const members = group.organisations.map((name) => {
        const organisation = organisationNamed(name);
        const needsConsent = groupNeedsConsent(group.kind, {
          stateMandated: organisation.stateMandated === 1,
          publiclyFunded: organisation.publiclyFunded === 1,
        });
        return { organisation, status: needsConsent ? 'invited' : 'member' };
      });
      let groupId = existingGroups.find((g) => g.name === group.name)?.id;
      if (groupId === undefined) {
        const id = (groupId = randomUUID());
        await db.transaction().execute(async (trx) => {
          await insertGroup(trx, {
            id,
            platformId: platform.id,
            name: group.name,
            kind: group.kind,
            createdAt: now.toISOString(),
          });
          for (const member of members) {
            await upsertGroupOrganisation(trx, {
              groupId: id,
              organisationId: member.organisation.id,
              status: member.status,
              addedAt: now.toISOString(),
              answeredAt: null,
            });
          }
        });
      }
      // Only organisations that joined read the group's document: only they are asked to answer.
      const readers = members.filter((m) => m.status === 'member').map((m) => m.organisation);
      await seedDocument(
        store,
        docNameOf({ board: 'agenda', platform: platform.slug, group: groupId }),
        (doc) => writeBoard(doc, group.board, readers),
      );
    }
  }
}

interface ItemContext {
  platform: string;
  monday: string;
  today: string;
  /** The organisations that read the board: those asked to answer when the item names nobody. */
  readers: readonly Organisation[];
  organisationNamed: (name: string) => Organisation;
}

function writeItem(doc: Y.Doc, item: DemoAgendaItem, context: ItemContext): void {
  const { monday, today, organisationNamed } = context;
  const organisers = item.organisers.map((name) => organisationNamed(name).id);
  const invited =
    item.invited?.map((name) => organisationNamed(name).id) ??
    context.readers.map((o) => o.id).filter((id) => !organisers.includes(id));
  agendaBoard.writeItem(doc, item.id, {
    kind: item.kind,
    title: item.title,
    date: addDays(monday, item.day),
    startTime: item.startTime,
    endTime: item.endTime,
    rrule: item.rrule ?? null,
    until: null,
    skipped: '',
    placeKind: item.placeKind,
    place: item.place,
    organisers: joinIds(organisers),
    invited: joinIds(invited),
    cancelled: false,
    createdBy: organisers[0]!,
  });

  const keyOf = (occurrence: WeekDay | undefined) =>
    occurrenceKey(item.id, item.rrule ? addDays(monday, occurrence ?? item.day) : null);
  (item.answers ?? []).forEach((answer, index) => {
    const organisation = organisationNamed(answer.organisation);
    const date = addDays(monday, answer.occurrence ?? item.day);
    // Answered in the days before the meeting, and before the seed date for one still to come.
    const answeredOn = addDays(date < today ? date : today, -1 - (index % 3));
    agendaBoard.setAnswer(doc, organisation.id, keyOf(answer.occurrence), {
      answer: answer.answer,
      attendees: answer.attendees,
      by: personOf(context.platform, organisation.name),
      at: new Date(localInstant(answeredOn, '17:30').getTime() + index * 7 * 60_000).toISOString(),
    });
  });
  if (item.notes) agendaBoard.notes(doc, keyOf(item.notes.occurrence)).insert(0, item.notes.text);
}

/** Who speaks for an organisation: its demo account on the platform, or its team. */
function personOf(platform: string, organisation: string): string {
  const account = (['rep', 'admin', 'coordinator', 'field'] as const)
    .map((role) =>
      demoAccounts.find(
        (a) => a.platform === platform && a.organisation === organisation && a.role === role,
      ),
    )
    .find((a) => a !== undefined);
  return account?.name ?? `${organisation} team`;
}
