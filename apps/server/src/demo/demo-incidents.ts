/**
 * The invented incidents of the demo log, per platform: about four months before the seed date
 * of evictions during distributions, €135 fines on the associations' vans, seizures of tents and
 * sleeping bags, identity checks of volunteers … with their status, shares, follow-ups and a few
 * volunteer witnesses. Counts and amounts only: no person is named in a narrative, no phone
 * number, no camp location (a test runs the personal-data warnings over every text).
 * `seed-incidents.ts` writes them.
 */
import type { DemoIncident } from './demo-incident-kinds';
import { calais } from './demo-incidents-calais';
import { dunkirk } from './demo-incidents-dunkirk';

export type { DemoFollowup, DemoIncident } from './demo-incident-kinds';

export const demoIncidents: Readonly<Record<string, readonly DemoIncident[]>> = {
  calais,
  dunkirk,
};
