import { roleAtLeast, type Role } from '../roles';
import type { BoardKind } from './doc-name';

/**
 * The write-rule table (DESIGN.md §4): who may write where inside a live document. The client
 * reads it to show or hide edit controls; the sync server enforces it on every incoming update.
 *
 * A location is a root of the document (`org:<organisationId>` for what one organisation says
 * for itself, or a named platform-wide root) and a first-level key inside that root. Keys are
 * `<kind>:<id…>`; a rule names the kind. Anything no rule names is refused.
 */
export interface WriteRule {
  board: BoardKind;
  /**
   * `org` matches every `org:<id>` root; with `keyKind: textRoot`, the value names a family of
   * root texts (`notes` matches `notes:<id>`); any other value names one root (e.g. `sites`).
   */
  root: string;
  /** The part of the first-level key before its first `:`; `*` for any key. */
  keyKind: string;
  /** Members of the organisation that owns the `org:<id>` root, with at least this role. */
  ownOrganisation?: Role;
  /** Members of any organisation of the platform with at least this role. */
  anyOrganisation?: Role;
}

/**
 * The `keyKind` of a rule over root-level collaborative texts: every root named `<root>:<id>`
 * (e.g. `notes:<occurrence>`), written character by character rather than through map keys.
 */
export const textRoot = '#text';

export const writeRules: readonly WriteRule[] = [
  // Schedule: sites are the coordinators'; series and exceptions their organisation's reps';
  // occurrence statuses also the field team's.
  { board: 'schedule', root: 'sites', keyKind: 'site', anyOrganisation: 'coordinator' },
  {
    board: 'schedule',
    root: 'org',
    keyKind: 'series',
    ownOrganisation: 'rep',
    anyOrganisation: 'coordinator',
  },
  {
    board: 'schedule',
    root: 'org',
    keyKind: 'exception',
    ownOrganisation: 'rep',
    anyOrganisation: 'coordinator',
  },
  {
    board: 'schedule',
    root: 'org',
    keyKind: 'status',
    ownOrganisation: 'field',
    anyOrganisation: 'coordinator',
  },
  // Capacity: service definitions by reps, readings also by the field team.
  {
    board: 'capacity',
    root: 'org',
    keyKind: 'service',
    ownOrganisation: 'rep',
    anyOrganisation: 'coordinator',
  },
  {
    board: 'capacity',
    root: 'org',
    keyKind: 'reading',
    ownOrganisation: 'field',
    anyOrganisation: 'coordinator',
  },
  // Agenda: items, action items and the shared notes are written together by reps; each
  // organisation answers for itself.
  { board: 'agenda', root: 'items', keyKind: 'item', anyOrganisation: 'rep' },
  { board: 'agenda', root: 'items', keyKind: 'skip', anyOrganisation: 'rep' },
  { board: 'agenda', root: 'actions', keyKind: 'action', anyOrganisation: 'rep' },
  { board: 'agenda', root: 'notes', keyKind: textRoot, anyOrganisation: 'rep' },
  {
    board: 'agenda',
    root: 'org',
    keyKind: 'answer',
    ownOrganisation: 'rep',
    anyOrganisation: 'coordinator',
  },
];

export interface Writer {
  role: Role;
  organisationId: string;
}

export interface WriteLocation {
  root: string;
  /** The first-level key; null when the write lands on the root itself (not a map entry). */
  key: string | null;
}

const orgRootPrefix = 'org:';

export function organisationRoot(organisationId: string): string {
  return `${orgRootPrefix}${organisationId}`;
}

/** The rule that governs a location, or null when none does (and so nobody may write there). */
export function ruleFor(board: BoardKind, location: WriteLocation): WriteRule | null {
  if (location.key === null) {
    // Content of a root-level text: its root names the family.
    const separator = location.root.indexOf(':');
    if (separator <= 0 || separator === location.root.length - 1) return null;
    const family = location.root.slice(0, separator);
    return (
      writeRules.find(
        (rule) => rule.board === board && rule.keyKind === textRoot && rule.root === family,
      ) ?? null
    );
  }
  const rootKind = location.root.startsWith(orgRootPrefix) ? 'org' : location.root;
  if (rootKind !== 'org' && location.root.includes(':')) return null;
  const separator = location.key.indexOf(':');
  const keyKind = separator === -1 ? location.key : location.key.slice(0, separator);
  return (
    writeRules.find(
      (rule) =>
        rule.board === board &&
        rule.root === rootKind &&
        rule.keyKind !== textRoot &&
        (rule.keyKind === keyKind || rule.keyKind === '*'),
    ) ?? null
  );
}

export function mayWrite(board: BoardKind, location: WriteLocation, writer: Writer): boolean {
  const rule = ruleFor(board, location);
  if (!rule) return false;
  if (rule.anyOrganisation && roleAtLeast(writer.role, rule.anyOrganisation)) return true;
  if (rule.ownOrganisation && location.root === organisationRoot(writer.organisationId)) {
    return roleAtLeast(writer.role, rule.ownOrganisation);
  }
  return false;
}

/** Whether a member may write anything at all on a board (read-only connections skip checks). */
export function mayWriteAnywhere(board: BoardKind, writer: Writer): boolean {
  return writeRules.some(
    (rule) =>
      rule.board === board &&
      ((rule.anyOrganisation && roleAtLeast(writer.role, rule.anyOrganisation)) ||
        (rule.ownOrganisation && roleAtLeast(writer.role, rule.ownOrganisation))),
  );
}
