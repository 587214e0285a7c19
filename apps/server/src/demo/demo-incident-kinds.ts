/**
 * What a demo incident is (`DemoIncident`), and the two kinds the demo has many of — an eviction
 * during a distribution and the €135 fine on a van — written once for both platforms' lists.
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

export const advocacy = 'Advocacy working group';
export const coalition = 'Child protection coalition';

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
export function eviction(
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
export function vanFine(
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
