/**
 * The invented incidents of the demo log, per platform: about four months before the seed date
 * of evictions during distributions, €135 fines on the associations' vans, seizures of tents and
 * sleeping bags, identity checks of volunteers … with their status, shares, follow-ups and a few
 * volunteer witnesses. Counts and amounts only: no person is named in a narrative, no phone
 * number, no camp location (a test runs the personal-data warnings over every text).
 * `seed-incidents.ts` writes them.
 */
import type {
  FollowupKind,
  FollowupOutcome,
  IncidentAuthority,
  IncidentStatus,
  IncidentType,
} from '@opale/core';

export interface DemoFollowup {
  kind: FollowupKind;
  /** Days after the incident it was filed. */
  filedAfterDays: number;
  outcome: FollowupOutcome;
  /** Days after filing it was decided: every outcome but `pending` has its decision date. */
  decidedAfterDays?: number;
  notes: string;
}

export interface DemoIncident {
  /** Stable within its platform: the report's idempotency key is made from it. */
  key: string;
  organisation: string;
  daysAgo: number;
  /** Paris time. */
  time: string;
  type: IncidentType;
  authority: IncidentAuthority;
  siteId?: string;
  placeText?: string;
  commune: string;
  officers?: number;
  vehicles?: number;
  itemsSeized?: number;
  /** A fine in euros, its notice dated that many days after the incident. */
  fine?: { euros: number; noticeAfterDays: number };
  narrative: string;
  status: IncidentStatus;
  /** Group names, for a shared report. */
  sharedWith?: readonly string[];
  /** Days after the incident the case was closed. */
  closedAfterDays?: number;
  followups?: readonly DemoFollowup[];
  /** Volunteers' first names, on open cases only. */
  witnesses?: readonly string[];
}

const advocacy = 'Advocacy working group';
const coalition = 'Child protection coalition';

const siteNames: Record<string, string> = {
  'calais-north': 'Site Nord',
  'calais-hospital': 'Site Hôpital',
  'calais-station': 'Site Gare',
  'dunkirk-loon': 'Site Loon-Plage',
  'dunkirk-grande-synthe': 'Site Grande-Synthe',
};

type Shared = Pick<DemoIncident, 'key' | 'organisation' | 'daysAgo' | 'time' | 'status'> &
  Partial<Pick<DemoIncident, 'sharedWith' | 'closedAfterDays' | 'followups' | 'witnesses'>>;

/** The CRS clear a site while a distribution is under way; the contractor takes what is left. */
function eviction(
  base: Shared & {
    siteId: string;
    commune: string;
    officers: number;
    vehicles: number;
    tents: number;
    bags: number;
    minutes: number;
    what: string;
    authority?: IncidentAuthority;
  },
): DemoIncident {
  const { tents, bags, minutes, what, ...rest } = base;
  const by = base.authority === 'gendarmerie' ? 'gendarmes' : 'CRS officers';
  return {
    ...rest,
    type: 'eviction_during_distribution',
    authority: base.authority ?? 'crs',
    itemsSeized: tents + bags,
    narrative:
      `The ${what} at ${siteNames[base.siteId] ?? 'the site'} had been going for ${minutes} minutes when ` +
      `${base.officers} ${by} in ${base.vehicles} vans arrived for an eviction operation and told the team to stop. ` +
      `The queue was dispersed. The cleaning contractor took ${tents} tents and ${bags} sleeping bags. ` +
      `The team served again about an hour later at the far end of the car park, to fewer people.`,
  };
}

/** The €135 parking fine on a van, the usual way a distribution gets fined. */
function vanFine(
  base: Shared & {
    placeText: string;
    commune: string;
    officers: number;
    vehicles: number;
    noticeAfterDays: number;
    authority: IncidentAuthority;
    doing: string;
  },
): DemoIncident {
  const { noticeAfterDays, doing, ...rest } = base;
  return {
    ...rest,
    type: 'fine',
    fine: { euros: 135, noticeAfterDays },
    narrative:
      `Our van was fined €135 for parking while ${doing}. The ${base.officers} officers said ` +
      `association vehicles may not stop there; the van had its hazard lights on and the driver was at the wheel. ` +
      `The notice (avis de contravention) arrived ${noticeAfterDays} days later.`,
  };
}

const calais: readonly DemoIncident[] = [
  eviction({
    key: 'c01',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 2,
    time: '12:40',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 24,
    vehicles: 6,
    tents: 18,
    bags: 25,
    minutes: 40,
    what: 'lunch distribution',
    status: 'draft',
  }),
  {
    key: 'c02',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 1,
    time: '18:20',
    type: 'distribution_obstruction',
    authority: 'police_nationale',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 6,
    vehicles: 2,
    narrative:
      'Two police cars parked across the entrance of the ground before the dinner started. Officers said the ' +
      'gathering was not allowed and asked the team to leave; the dinner started 35 minutes late, by the road.',
    status: 'draft',
  },
  eviction({
    key: 'c03',
    organisation: 'Utopia 56',
    daysAgo: 4,
    time: '10:30',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 18,
    vehicles: 4,
    tents: 12,
    bags: 20,
    minutes: 25,
    what: 'water distribution',
    status: 'shared',
    sharedWith: [advocacy],
    witnesses: ['Camille (bénévole)'],
  }),
  vanFine({
    key: 'c04',
    organisation: 'Utopia 56',
    daysAgo: 6,
    time: '14:15',
    placeText: 'Boulevard by the station bus stops',
    commune: 'Calais',
    officers: 3,
    vehicles: 1,
    noticeAfterDays: 4,
    authority: 'police_municipale',
    doing: 'unloading the phone-charging batteries',
    status: 'verified',
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 5,
        outcome: 'pending',
        notes: 'Contested online with the photos of the hazard lights; waiting for the answer.',
      },
    ],
  }),
  {
    key: 'c05',
    organisation: 'Human Rights Observers',
    daysAgo: 3,
    time: '08:10',
    type: 'observation_obstruction',
    authority: 'crs',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 14,
    vehicles: 4,
    narrative:
      'During the morning eviction operation the two observers were kept 80 metres away behind a line of officers ' +
      'and told to stop filming. The operation lasted 50 minutes; we could not see what was taken.',
    status: 'shared',
    sharedWith: [advocacy],
    witnesses: ['Lou (observatrice)'],
  },
  {
    key: 'c06',
    organisation: 'Human Rights Observers',
    daysAgo: 9,
    time: '07:45',
    type: 'equipment_seizure',
    authority: 'contractor',
    placeText: 'Wasteland by the canal path',
    commune: 'Calais',
    officers: 20,
    vehicles: 5,
    itemsSeized: 64,
    narrative:
      'The cleaning contractor, escorted by about 20 officers, took 64 items: tents, tarpaulins and sleeping bags, ' +
      'some with their owners’ papers inside. Nothing was kept for collection; everything went into the lorry.',
    status: 'shared',
    sharedWith: [advocacy],
  },
  {
    key: 'c07',
    organisation: 'Care4Calais',
    daysAgo: 11,
    time: '15:00',
    type: 'volunteer_identity_check',
    authority: 'police_nationale',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 4,
    vehicles: 1,
    narrative:
      'Five volunteers handing out clothes were asked for their identity papers and held for about 40 minutes. ' +
      'Two had left their passports in the warehouse and were told they could be taken to the station. Nobody was.',
    status: 'shared',
    sharedWith: [advocacy],
  },
  eviction({
    key: 'c08',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 13,
    time: '12:30',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 22,
    vehicles: 5,
    tents: 15,
    bags: 30,
    minutes: 20,
    what: 'lunch distribution',
    status: 'shared',
    sharedWith: [coalition],
  }),
  {
    key: 'c09',
    organisation: 'Utopia 56',
    daysAgo: 15,
    time: '21:30',
    type: 'intimidation',
    authority: 'crs',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 5,
    vehicles: 1,
    narrative:
      'During the evening tea round, officers followed the van for three streets, shone torches into it and told ' +
      'the volunteers they would be fined every night if they came back.',
    status: 'verified',
  },
  {
    key: 'c10',
    organisation: 'Secours Catholique',
    daysAgo: 17,
    time: '09:15',
    type: 'other',
    authority: 'municipality',
    placeText: 'Water point by the day centre',
    commune: 'Calais',
    narrative:
      'The town hall’s technical services closed the water point by the day centre for works without notice; ' +
      'it stayed shut for four days. We brought water cans in the meantime.',
    status: 'verified',
  },
  vanFine({
    key: 'c11',
    organisation: 'Care4Calais',
    daysAgo: 19,
    time: '11:20',
    placeText: 'Industrial zone road, by the roundabout',
    commune: 'Calais',
    officers: 2,
    vehicles: 1,
    noticeAfterDays: 6,
    authority: 'police_nationale',
    doing: 'handing out sleeping bags from the back of the van',
    status: 'shared',
    sharedWith: [advocacy],
  }),
  {
    key: 'c12',
    organisation: 'ECPAT France',
    daysAgo: 20,
    time: '16:30',
    type: 'intimidation',
    authority: 'police_nationale',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 3,
    vehicles: 1,
    narrative:
      'While the outreach team was talking with a group of teenagers, officers asked what the team was doing ' +
      'there and said the minors should not be “encouraged” to stay. The group walked away before we could finish.',
    status: 'shared',
    sharedWith: [coalition],
  },
  eviction({
    key: 'c13',
    organisation: 'Utopia 56',
    daysAgo: 23,
    time: '10:20',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 16,
    vehicles: 4,
    tents: 10,
    bags: 14,
    minutes: 15,
    what: 'water distribution',
    status: 'verified',
  }),
  {
    key: 'c14',
    organisation: 'Human Rights Observers',
    daysAgo: 26,
    time: '08:00',
    type: 'body_search',
    authority: 'crs',
    placeText: 'Path behind the hospital',
    commune: 'Calais',
    officers: 8,
    vehicles: 2,
    narrative:
      'The two observers were searched, their bags emptied on the ground, before they could reach the eviction. ' +
      'Officers looked through the camera but did not delete anything.',
    status: 'shared',
    sharedWith: [advocacy],
    followups: [
      {
        kind: 'defenseur_des_droits',
        filedAfterDays: 8,
        outcome: 'pending',
        notes: 'Referral sent with the observers’ account and the time of the search.',
      },
    ],
  },
  {
    key: 'c15',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 28,
    time: '13:10',
    type: 'vehicle_check',
    authority: 'police_nationale',
    placeText: 'Road to the warehouse',
    commune: 'Coquelles',
    officers: 4,
    vehicles: 2,
    narrative:
      'The kitchen lorry was stopped on the way to the lunch and checked for an hour: papers, tyres, the load. ' +
      'Nothing was found; lunch started 50 minutes late.',
    status: 'verified',
  },
  eviction({
    key: 'c16',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 31,
    time: '12:45',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 28,
    vehicles: 8,
    tents: 22,
    bags: 35,
    minutes: 45,
    what: 'lunch distribution',
    status: 'shared',
    sharedWith: [coalition],
  }),
  {
    key: 'c17',
    organisation: 'Utopia 56',
    daysAgo: 34,
    time: '22:40',
    type: 'volunteer_arrest',
    authority: 'police_nationale',
    placeText: 'Car park of the shopping centre',
    commune: 'Coquelles',
    officers: 6,
    vehicles: 2,
    narrative:
      'A volunteer driving people to the night shelter was taken into custody for helping illegal stay, kept ' +
      'four hours and released without charge. The van was searched.',
    status: 'shared',
    sharedWith: [advocacy],
    closedAfterDays: 30,
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 3,
        outcome: 'dismissed',
        decidedAfterDays: 25,
        notes: 'The prosecutor closed the complaint without further action.',
      },
    ],
  },
  vanFine({
    key: 'c18',
    organisation: 'Secours Catholique',
    daysAgo: 37,
    time: '14:30',
    placeText: 'Square opposite the station',
    commune: 'Calais',
    officers: 2,
    vehicles: 1,
    noticeAfterDays: 5,
    authority: 'police_municipale',
    doing: 'setting up the Saturday phone charging',
    status: 'verified',
    closedAfterDays: 33,
    followups: [
      {
        kind: 'court_action',
        filedAfterDays: 20,
        outcome: 'upheld',
        decidedAfterDays: 12,
        notes:
          'The police court cancelled the fine: the van was stopped for a humanitarian distribution.',
      },
    ],
  }),
  {
    key: 'c19',
    organisation: 'Care4Calais',
    daysAgo: 40,
    time: '15:30',
    type: 'physical_violence',
    authority: 'crs',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 12,
    vehicles: 3,
    narrative:
      'A volunteer filming the end of the clothes distribution was pushed to the ground by an officer and had a ' +
      'bruised wrist; the first-aid team looked at it on site.',
    status: 'shared',
    sharedWith: [advocacy],
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 1,
        outcome: 'pending',
        notes:
          'Complaint filed with the medical certificate; the video was kept by the coordinator.',
      },
    ],
    witnesses: ['Sam (volunteer)', 'Noé (bénévole)'],
  },
  eviction({
    key: 'c20',
    organisation: 'Utopia 56',
    daysAgo: 44,
    time: '10:40',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 20,
    vehicles: 5,
    tents: 14,
    bags: 18,
    minutes: 30,
    what: 'water distribution',
    status: 'shared',
    sharedWith: [advocacy, coalition],
  }),
  {
    key: 'c21',
    organisation: 'Médecins du Monde',
    daysAgo: 47,
    time: '10:00',
    type: 'distribution_obstruction',
    authority: 'police_nationale',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 4,
    vehicles: 1,
    narrative:
      'The clinic van was asked to move away from the square before opening; consultations started an hour ' +
      'late, and 12 people waiting left without being seen.',
    status: 'shared',
    sharedWith: [coalition],
  },
  {
    key: 'c22',
    organisation: 'Human Rights Observers',
    daysAgo: 50,
    time: '07:30',
    type: 'equipment_seizure',
    authority: 'contractor',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 25,
    vehicles: 6,
    itemsSeized: 81,
    narrative:
      'Morning eviction operation: the contractor took 81 items (tents, sleeping bags, two cooking pots). ' +
      'The observers counted them as they were thrown into the lorry.',
    status: 'shared',
    sharedWith: [advocacy],
    closedAfterDays: 20,
  },
  {
    key: 'c23',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 53,
    time: '12:15',
    type: 'volunteer_identity_check',
    authority: 'crs',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 6,
    vehicles: 2,
    narrative:
      'Every volunteer serving lunch (eight of us) had an identity check at the start of the distribution; the ' +
      'checks took 30 minutes while the queue waited in the rain.',
    status: 'verified',
  },
  eviction({
    key: 'c24',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 57,
    time: '18:30',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 15,
    vehicles: 4,
    tents: 8,
    bags: 12,
    minutes: 30,
    what: 'dinner distribution',
    status: 'verified',
  }),
  {
    key: 'c25',
    organisation: 'Secours Catholique',
    daysAgo: 60,
    time: '11:00',
    type: 'other',
    authority: 'prefecture',
    placeText: 'Town centre, streets listed in the order',
    commune: 'Calais',
    narrative:
      'A prefectoral order banning food distributions in part of the town centre was posted the evening before, ' +
      'with no notice to the associations; two distributions had to move.',
    status: 'shared',
    sharedWith: [coalition],
  },
  vanFine({
    key: 'c26',
    organisation: 'Utopia 56',
    daysAgo: 63,
    time: '19:10',
    placeText: 'Street by the hospital bus stop',
    commune: 'Calais',
    officers: 4,
    vehicles: 2,
    noticeAfterDays: 3,
    authority: 'police_nationale',
    doing: 'handing out blankets',
    status: 'shared',
    sharedWith: [advocacy],
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 10,
        outcome: 'no_response',
        decidedAfterDays: 45,
        notes: 'Contested by registered letter; no answer after the legal delay.',
      },
    ],
  }),
  {
    key: 'c27',
    organisation: 'Care4Calais',
    daysAgo: 66,
    time: '14:45',
    type: 'vehicle_check',
    authority: 'gendarmerie',
    placeText: 'Coast road',
    commune: 'Marck',
    officers: 3,
    vehicles: 1,
    narrative:
      'The van bringing tents from the warehouse was stopped and checked for 40 minutes; the gendarmes ' +
      'wrote down the volunteers’ details and the number of tents on board.',
    status: 'verified',
  },
  eviction({
    key: 'c28',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 70,
    time: '12:50',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 30,
    vehicles: 7,
    tents: 25,
    bags: 40,
    minutes: 50,
    what: 'lunch distribution',
    status: 'shared',
    sharedWith: [coalition],
    closedAfterDays: 40,
  }),
  {
    key: 'c29',
    organisation: 'Utopia 56',
    daysAgo: 74,
    time: '23:10',
    type: 'intimidation',
    authority: 'police_nationale',
    placeText: 'Road to the night shelter',
    commune: 'Calais',
    officers: 4,
    vehicles: 1,
    narrative:
      'The night team was stopped three times in one evening by the same crew, who said the team’s presence ' +
      '“creates an appeal” and that the van would be impounded next time.',
    status: 'verified',
    closedAfterDays: 30,
  },
  {
    key: 'c30',
    organisation: 'ECPAT France',
    daysAgo: 78,
    time: '17:00',
    type: 'observation_obstruction',
    authority: 'crs',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 10,
    vehicles: 3,
    narrative:
      'The outreach team was not allowed near a group of young people during a police operation and could not ' +
      'check whether minors were among those taken on the bus.',
    status: 'shared',
    sharedWith: [coalition],
  },
  eviction({
    key: 'c31',
    organisation: 'Utopia 56',
    daysAgo: 82,
    time: '10:15',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 14,
    vehicles: 3,
    tents: 9,
    bags: 11,
    minutes: 10,
    what: 'water distribution',
    status: 'verified',
    closedAfterDays: 25,
  }),
  {
    key: 'c32',
    organisation: 'Human Rights Observers',
    daysAgo: 86,
    time: '08:20',
    type: 'equipment_seizure',
    authority: 'contractor',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 18,
    vehicles: 4,
    itemsSeized: 47,
    narrative:
      'Eviction operation behind the hospital: 47 items taken, among them tents given out the day before.',
    status: 'shared',
    sharedWith: [advocacy],
    closedAfterDays: 15,
  },
  {
    key: 'c33',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 90,
    time: '12:20',
    type: 'body_search',
    authority: 'crs',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 8,
    vehicles: 2,
    narrative:
      'Two volunteers carrying the soup containers were searched at the entrance of the site; the pots were opened.',
    status: 'verified',
  },
  vanFine({
    key: 'c34',
    organisation: 'Care4Calais',
    daysAgo: 94,
    time: '13:40',
    placeText: 'Road by the hospital',
    commune: 'Calais',
    officers: 2,
    vehicles: 1,
    noticeAfterDays: 7,
    authority: 'police_municipale',
    doing: 'unloading clothes for the afternoon distribution',
    status: 'verified',
    closedAfterDays: 60,
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 12,
        outcome: 'upheld',
        decidedAfterDays: 40,
        notes: 'The fine was cancelled after the contest.',
      },
    ],
  }),
  {
    key: 'c35',
    organisation: 'Médecins du Monde',
    daysAgo: 98,
    time: '10:30',
    type: 'volunteer_identity_check',
    authority: 'police_nationale',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 3,
    vehicles: 1,
    narrative:
      'The nurse and the interpreter were asked for their papers in front of the patients waiting at the clinic van.',
    status: 'shared',
    sharedWith: [coalition],
    closedAfterDays: 10,
  },
  eviction({
    key: 'c36',
    organisation: 'Refugee Community Kitchen',
    daysAgo: 102,
    time: '12:35',
    siteId: 'calais-north',
    commune: 'Calais',
    officers: 26,
    vehicles: 6,
    tents: 20,
    bags: 28,
    minutes: 35,
    what: 'lunch distribution',
    status: 'verified',
    closedAfterDays: 30,
  }),
  {
    key: 'c37',
    organisation: 'Utopia 56',
    daysAgo: 106,
    time: '20:00',
    type: 'distribution_obstruction',
    authority: 'police_municipale',
    siteId: 'calais-station',
    commune: 'Calais',
    officers: 3,
    vehicles: 1,
    narrative:
      'Municipal officers told the team the square was closed to distributions by a town order; no order was shown. ' +
      'The team moved 200 metres away.',
    status: 'verified',
    closedAfterDays: 20,
  },
  {
    key: 'c38',
    organisation: 'Secours Catholique',
    daysAgo: 110,
    time: '09:40',
    type: 'fine',
    authority: 'police_nationale',
    placeText: 'Street in front of the day centre',
    commune: 'Calais',
    officers: 2,
    vehicles: 1,
    fine: { euros: 35, noticeAfterDays: 4 },
    narrative:
      'A €35 fine for a van parked to unload food for the day centre, ten minutes before opening time.',
    status: 'verified',
    closedAfterDays: 45,
  },
  eviction({
    key: 'c39',
    organisation: 'Utopia 56',
    daysAgo: 114,
    time: '10:25',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 12,
    vehicles: 3,
    tents: 7,
    bags: 10,
    minutes: 20,
    what: 'water distribution',
    status: 'shared',
    sharedWith: [advocacy],
    closedAfterDays: 30,
  }),
  {
    key: 'c40',
    organisation: 'Care4Calais',
    daysAgo: 118,
    time: '15:20',
    type: 'intimidation',
    authority: 'crs',
    siteId: 'calais-hospital',
    commune: 'Calais',
    officers: 10,
    vehicles: 2,
    narrative:
      'Officers stood filming the volunteers for the whole clothes distribution and asked several of them where ' +
      'they were staying in Calais.',
    status: 'verified',
    closedAfterDays: 14,
  },
];

const dunkirk: readonly DemoIncident[] = [
  eviction({
    key: 'd01',
    organisation: 'Salam',
    daysAgo: 1,
    time: '18:30',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 20,
    vehicles: 5,
    tents: 16,
    bags: 22,
    minutes: 30,
    what: 'dinner distribution',
    status: 'draft',
  }),
  {
    key: 'd02',
    organisation: 'Utopia 56',
    daysAgo: 5,
    time: '10:30',
    type: 'equipment_seizure',
    authority: 'contractor',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    officers: 15,
    vehicles: 4,
    itemsSeized: 52,
    narrative:
      'The contractor took 52 items (tents, tarpaulins, sleeping bags) by the lake path, escorted by the CRS. ' +
      'Tents given out three days earlier were among them.',
    status: 'shared',
    sharedWith: [coalition],
    witnesses: ['Alix (bénévole)'],
  },
  {
    key: 'd03',
    organisation: 'Project Play',
    daysAgo: 8,
    time: '15:40',
    type: 'distribution_obstruction',
    authority: 'gendarmerie',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    officers: 6,
    vehicles: 2,
    narrative:
      'The play session had to stop after 20 minutes: gendarmes asked the staff to leave the area during an ' +
      'operation. About 20 children were there with their families.',
    status: 'shared',
    sharedWith: [coalition],
  },
  vanFine({
    key: 'd04',
    organisation: 'Salam',
    daysAgo: 12,
    time: '17:50',
    placeText: 'Road to the sports ground',
    commune: 'Loon-Plage',
    officers: 2,
    vehicles: 1,
    noticeAfterDays: 5,
    authority: 'gendarmerie',
    doing: 'unloading the dinner pots',
    status: 'verified',
    followups: [
      {
        kind: 'complaint',
        filedAfterDays: 6,
        outcome: 'pending',
        notes: 'Contested online; waiting for the answer.',
      },
    ],
  }),
  eviction({
    key: 'd05',
    organisation: 'Utopia 56',
    daysAgo: 16,
    time: '10:45',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 22,
    vehicles: 6,
    tents: 19,
    bags: 24,
    minutes: 35,
    what: 'water distribution',
    status: 'verified',
  }),
  {
    key: 'd06',
    organisation: 'Secours Catholique',
    daysAgo: 21,
    time: '12:10',
    type: 'other',
    authority: 'municipality',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    narrative:
      'The town hall had boulders placed at the entrance of the lunch site overnight; the van could not get in ' +
      'and the meal was carried 300 metres by hand.',
    status: 'verified',
  },
  {
    key: 'd07',
    organisation: 'Médecins du Monde',
    daysAgo: 25,
    time: '14:30',
    type: 'volunteer_identity_check',
    authority: 'police_nationale',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 4,
    vehicles: 1,
    narrative:
      'The doctor and two volunteers were checked at the start of the clinic; consultations began 25 minutes late.',
    status: 'shared',
    sharedWith: [coalition],
  },
  eviction({
    key: 'd08',
    organisation: 'Salam',
    daysAgo: 30,
    time: '18:15',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 18,
    vehicles: 4,
    tents: 11,
    bags: 15,
    minutes: 15,
    what: 'dinner distribution',
    status: 'verified',
    authority: 'gendarmerie',
  }),
  {
    key: 'd09',
    organisation: 'Utopia 56',
    daysAgo: 36,
    time: '09:00',
    type: 'physical_violence',
    authority: 'crs',
    placeText: 'Wood by the railway line',
    commune: 'Loon-Plage',
    officers: 16,
    vehicles: 4,
    narrative:
      'During an eviction a volunteer was sprayed with tear gas at close range while handing out water; the ' +
      'first-aid team rinsed the eyes on site.',
    status: 'shared',
    sharedWith: [coalition],
    followups: [
      {
        kind: 'defenseur_des_droits',
        filedAfterDays: 7,
        outcome: 'pending',
        notes: 'Referral sent with the medical certificate.',
      },
    ],
    witnesses: ['Maé (bénévole)'],
  },
  {
    key: 'd10',
    organisation: 'Croix-Rouge française',
    daysAgo: 41,
    time: '10:10',
    type: 'vehicle_check',
    authority: 'police_nationale',
    placeText: 'Roundabout at the town entrance',
    commune: 'Grande-Synthe',
    officers: 3,
    vehicles: 1,
    narrative:
      'The shower truck was stopped and checked for 45 minutes; the morning showers started late.',
    status: 'verified',
  },
  eviction({
    key: 'd11',
    organisation: 'Utopia 56',
    daysAgo: 47,
    time: '10:20',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 25,
    vehicles: 7,
    tents: 21,
    bags: 30,
    minutes: 40,
    what: 'water distribution',
    status: 'shared',
    sharedWith: [coalition],
    closedAfterDays: 35,
  }),
  {
    key: 'd12',
    organisation: 'Salam',
    daysAgo: 53,
    time: '18:40',
    type: 'intimidation',
    authority: 'gendarmerie',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 5,
    vehicles: 2,
    narrative:
      'Gendarmes told the volunteers serving dinner that the association would “lose its authorisations” if it ' +
      'kept coming; no authorisation is needed.',
    status: 'verified',
    closedAfterDays: 20,
  },
  {
    key: 'd13',
    organisation: 'Project Play',
    daysAgo: 60,
    time: '16:00',
    type: 'observation_obstruction',
    authority: 'crs',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    officers: 12,
    vehicles: 3,
    narrative:
      'Staff were kept away from the families during an operation and could not see whether children were ' +
      'separated from their parents.',
    status: 'shared',
    sharedWith: [coalition],
    closedAfterDays: 30,
  },
  vanFine({
    key: 'd14',
    organisation: 'Utopia 56',
    daysAgo: 67,
    time: '19:20',
    placeText: 'Car park entrance',
    commune: 'Loon-Plage',
    officers: 2,
    vehicles: 1,
    noticeAfterDays: 4,
    authority: 'police_municipale',
    doing: 'bringing the Friday meal',
    status: 'verified',
    closedAfterDays: 55,
    followups: [
      {
        kind: 'court_action',
        filedAfterDays: 25,
        outcome: 'upheld',
        decidedAfterDays: 28,
        notes: 'The police court cancelled the fine.',
      },
    ],
  }),
  {
    key: 'd15',
    organisation: 'Secours Catholique',
    daysAgo: 74,
    time: '12:30',
    type: 'body_search',
    authority: 'police_nationale',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    officers: 4,
    vehicles: 1,
    narrative:
      'Three volunteers were searched before the lunch, their bags and the food boxes opened.',
    status: 'verified',
    closedAfterDays: 15,
  },
  eviction({
    key: 'd16',
    organisation: 'Salam',
    daysAgo: 81,
    time: '18:25',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    officers: 20,
    vehicles: 5,
    tents: 13,
    bags: 20,
    minutes: 25,
    what: 'dinner distribution',
    status: 'verified',
    closedAfterDays: 30,
  }),
  {
    key: 'd17',
    organisation: 'Utopia 56',
    daysAgo: 88,
    time: '22:15',
    type: 'volunteer_arrest',
    authority: 'police_nationale',
    placeText: 'Motorway service area',
    commune: 'Dunkerque',
    officers: 5,
    vehicles: 2,
    narrative:
      'A volunteer was taken to the station for an identity check that lasted three hours, then released with nothing recorded.',
    status: 'shared',
    sharedWith: [coalition],
    closedAfterDays: 21,
  },
  {
    key: 'd18',
    organisation: 'Médecins du Monde',
    daysAgo: 95,
    time: '14:10',
    type: 'distribution_obstruction',
    authority: 'prefecture',
    siteId: 'dunkirk-loon',
    commune: 'Loon-Plage',
    narrative:
      'The sous-préfecture asked the clinic to stop its afternoon sessions at the sports ground for a week, without ' +
      'a written decision; sessions moved to the covered car park.',
    status: 'verified',
    closedAfterDays: 30,
  },
  eviction({
    key: 'd19',
    organisation: 'Utopia 56',
    daysAgo: 103,
    time: '10:35',
    siteId: 'dunkirk-grande-synthe',
    commune: 'Grande-Synthe',
    officers: 18,
    vehicles: 5,
    tents: 14,
    bags: 17,
    minutes: 20,
    what: 'water distribution',
    status: 'verified',
    closedAfterDays: 30,
  }),
  {
    key: 'd20',
    organisation: 'Salam',
    daysAgo: 112,
    time: '18:50',
    type: 'fine',
    authority: 'police_municipale',
    placeText: 'Street by the sports ground',
    commune: 'Loon-Plage',
    officers: 2,
    vehicles: 1,
    fine: { euros: 135, noticeAfterDays: 6 },
    narrative:
      'A €135 fine for the van unloading dinner, parked half on the pavement for ten minutes.',
    status: 'verified',
    closedAfterDays: 50,
  },
  {
    key: 'd21',
    organisation: 'Channel Info Project',
    daysAgo: 57,
    time: '16:20',
    type: 'intimidation',
    authority: 'other',
    placeText: 'Car park of the ferry terminal road',
    commune: 'Dunkerque',
    officers: 3,
    narrative:
      'Private security guards of the car park told the two volunteers handing out information leaflets to leave ' +
      'and photographed them and the leaflets.',
    status: 'verified',
    closedAfterDays: 10,
  },
];

export const demoIncidents: Readonly<Record<string, readonly DemoIncident[]>> = {
  calais,
  dunkirk,
};
