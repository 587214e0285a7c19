/**
 * What the groups screen shows: the viewer's own groups first, who is in each group and who is
 * only invited, which organisations an admin can still add, and whether adding one only invites it.
 */
import { groupNeedsConsent, type GroupKind } from '@opale/core';

/** A group as `group.list` gives it; statuses are 'member' or 'invited'. */
export interface ListedGroup {
  id: string;
  name: string;
  kind: GroupKind;
  organisations: readonly { organisationId: string; status: string }[];
  myOrganisationStatus: string | null;
}

/** An organisation of the platform as `organisation.list` gives it. */
export interface PlatformOrganisation {
  id: string;
  name: string;
  shortName: string;
  stateMandated: boolean;
  publiclyFunded: boolean;
}

/** One organisation of a group; `name` is null when it has since left the platform. */
export interface RosterEntry {
  organisationId: string;
  name: string | null;
  shortName: string | null;
}

export interface GroupRoster {
  members: RosterEntry[];
  invited: RosterEntry[];
}

function byName(locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a: { name: string | null }, b: { name: string | null }) => {
    if (a.name === null || b.name === null) return a.name === b.name ? 0 : a.name === null ? 1 : -1;
    return collator.compare(a.name, b.name);
  };
}

function viewerRank(status: string | null): number {
  if (status === 'member') return 0;
  if (status === 'invited') return 1;
  return 2;
}

/** The groups the viewer's organisation is in come first, then those it is invited to, by name. */
export function sortGroupsForViewer<G extends Pick<ListedGroup, 'name' | 'myOrganisationStatus'>>(
  groups: readonly G[],
  locale: string,
): G[] {
  const compare = byName(locale);
  return [...groups].sort(
    (a, b) =>
      viewerRank(a.myOrganisationStatus) - viewerRank(b.myOrganisationStatus) || compare(a, b),
  );
}

/** Groups waiting for the viewer's organisation to say yes or no. */
export function openInvitations<G extends Pick<ListedGroup, 'name' | 'myOrganisationStatus'>>(
  groups: readonly G[],
  locale: string,
): G[] {
  return sortGroupsForViewer(
    groups.filter((g) => g.myOrganisationStatus === 'invited'),
    locale,
  );
}

/** A group's member and invited organisations, named and in alphabetical order. */
export function groupRoster(
  group: Pick<ListedGroup, 'organisations'>,
  organisations: readonly PlatformOrganisation[],
  locale: string,
): GroupRoster {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const entry = (organisationId: string): RosterEntry => {
    const organisation = byId.get(organisationId);
    return {
      organisationId,
      name: organisation?.name ?? null,
      shortName: organisation?.shortName ?? null,
    };
  };
  const withStatus = (status: string) =>
    group.organisations
      .filter((link) => link.status === status)
      .map((link) => entry(link.organisationId))
      .sort(byName(locale));
  return { members: withStatus('member'), invited: withStatus('invited') };
}

/** Organisations of the platform neither in the group nor invited to it, by name. */
export function addableOrganisations<O extends PlatformOrganisation>(
  group: Pick<ListedGroup, 'organisations'>,
  organisations: readonly O[],
  locale: string,
): O[] {
  const linked = new Set(group.organisations.map((link) => link.organisationId));
  return organisations.filter((o) => !linked.has(o.id)).sort(byName(locale));
}

/** Why an organisation must consent before it joins an advocacy group. */
export type ConsentReason = 'stateMandated' | 'publiclyFunded' | 'stateMandatedAndPubliclyFunded';

export type JoiningPreview = { status: 'member' } | { status: 'invited'; reason: ConsentReason };

/**
 * What adding an organisation to a group will do, told to the admin before they confirm: it joins
 * at once, or (the server decides the same way, with core's `groupNeedsConsent`) it is only invited.
 */
export function joiningPreview(
  kind: GroupKind,
  organisation: Pick<PlatformOrganisation, 'stateMandated' | 'publiclyFunded'>,
): JoiningPreview {
  if (!groupNeedsConsent(kind, organisation)) return { status: 'member' };
  const reason: ConsentReason =
    organisation.stateMandated && organisation.publiclyFunded
      ? 'stateMandatedAndPubliclyFunded'
      : organisation.stateMandated
        ? 'stateMandated'
        : 'publiclyFunded';
  return { status: 'invited', reason };
}
