import { z } from 'zod';

/** Kinds of group; advocacy groups need the consent of state-mandated or publicly funded members. */
export const groupKinds = ['coalition', 'working_group', 'advocacy'] as const;
export type GroupKind = (typeof groupKinds)[number];

export const groupKind = z.enum(groupKinds, {
  message: 'Choose a kind of group: coalition, working group or advocacy.',
});

export const groupName = z
  .string()
  .trim()
  .min(2, { message: 'Give the group a name of at least 2 characters.' })
  .max(80, { message: 'Keep the group name under 80 characters.' });

/**
 * Whether adding an organisation to a group needs its own rep's consent first: organisations
 * that are state-mandated or publicly funded often may not take part in advocacy.
 */
export function groupNeedsConsent(
  kind: GroupKind,
  organisation: { stateMandated: boolean; publiclyFunded: boolean },
): boolean {
  return kind === 'advocacy' && (organisation.stateMandated || organisation.publiclyFunded);
}
