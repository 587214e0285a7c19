/** A site as its form holds it, checked and turned into the fields written to the board. */
import {
  sitePublicLevelOf,
  sitePublicLevels,
  siteStatusOn,
  type Entry,
  type Site,
  type SitePublicLevel,
} from '@opale/core';

/** Form values: text as typed, days as the date input gives them ('' when empty). */
export type SiteDraft = Record<keyof Site, string>;

export const siteLimits = {
  name: 80,
  area: 80,
  description: 500,
  locationText: 200,
  publicDescription: 300,
} as const;

export type SiteProblem =
  | { problem: 'nameRequired' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'closedBeforeOpened' };

export type SiteProblems = Partial<Record<keyof Site, SiteProblem>>;

export function emptyDraft(today: string): SiteDraft {
  return {
    name: '',
    area: '',
    description: '',
    locationText: '',
    activeFrom: today,
    activeUntil: '',
    publicLevel: 'field',
    publicDescription: '',
  };
}

export function draftOf(site: Site): SiteDraft {
  return {
    name: site.name,
    area: site.area ?? '',
    description: site.description ?? '',
    locationText: site.locationText ?? '',
    activeFrom: site.activeFrom ?? '',
    activeUntil: site.activeUntil ?? '',
    publicLevel: sitePublicLevelOf(site),
    // A site written before the guide has no such field.
    publicDescription: site.publicDescription ?? '',
  };
}

export function checkDraft(draft: SiteDraft): SiteProblems {
  const problems: SiteProblems = {};
  if (draft.name.trim() === '') problems.name = { problem: 'nameRequired' };
  for (const field of [
    'name',
    'area',
    'description',
    'locationText',
    'publicDescription',
  ] as const) {
    const max = siteLimits[field];
    if (!problems[field] && draft[field].trim().length > max) {
      problems[field] = { problem: 'tooLong', max };
    }
  }
  if (draft.activeFrom && draft.activeUntil && draft.activeUntil < draft.activeFrom) {
    problems.activeUntil = { problem: 'closedBeforeOpened' };
  }
  return problems;
}

function siteOf(draft: SiteDraft): Site {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: draft.name.trim(),
    area: text(draft.area),
    description: text(draft.description),
    locationText: text(draft.locationText),
    activeFrom: text(draft.activeFrom),
    activeUntil: text(draft.activeUntil),
    publicLevel: publicLevelOf(draft.publicLevel),
    publicDescription: text(draft.publicDescription),
  };
}

function publicLevelOf(value: string): SitePublicLevel {
  return (sitePublicLevels as readonly string[]).includes(value)
    ? (value as SitePublicLevel)
    : 'field';
}

/** Every field, for a new site. */
export function newSiteFields(draft: SiteDraft): Site {
  return siteOf(draft);
}

/**
 * Only the fields the person changed since the form opened: someone else may have changed
 * another field meanwhile, and writing it back from the form would undo their change.
 */
export function changedSiteFields(opened: SiteDraft, draft: SiteDraft): Partial<Site> {
  const before = siteOf(opened);
  const after = siteOf(draft);
  const changed: Partial<Site> = {};
  for (const field of Object.keys(after) as (keyof Site)[]) {
    if (before[field] !== after[field]) Object.assign(changed, { [field]: after[field] });
  }
  return changed;
}

export interface SitesByStatus {
  /** In use or upcoming, by name. */
  current: Entry<Site>[];
  /** Closed, the most recently closed first. */
  closed: Entry<Site>[];
}

export function sitesByStatus(sites: readonly Entry<Site>[], today: string): SitesByStatus {
  const current: Entry<Site>[] = [];
  const closed: Entry<Site>[] = [];
  for (const site of sites) {
    (siteStatusOn(site.fields, today) === 'closed' ? closed : current).push(site);
  }
  current.sort((a, b) => a.fields.name.localeCompare(b.fields.name));
  closed.sort(
    (a, b) =>
      (b.fields.activeUntil ?? '').localeCompare(a.fields.activeUntil ?? '') ||
      a.fields.name.localeCompare(b.fields.name),
  );
  return { current, closed };
}

/** Which sentence describes a site's period; the screen fills in the formatted days. */
export type PeriodWording =
  | 'since'
  | 'sinceUntil'
  | 'from'
  | 'fromUntil'
  | 'closedOn'
  | 'fromClosedOn'
  | 'untilOnly'
  | 'unknown';

export function periodWording(site: Site, today: string): PeriodWording {
  const status = siteStatusOn(site, today);
  const { activeFrom: from, activeUntil: until } = site;
  if (status === 'closed') return from ? 'fromClosedOn' : 'closedOn';
  if (status === 'upcoming') return until ? 'fromUntil' : 'from';
  if (from) return until ? 'sinceUntil' : 'since';
  return until ? 'untilOnly' : 'unknown';
}
