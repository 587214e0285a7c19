/**
 * Who else is on a board. The server stamps each awareness state with the person it knows
 * (`user`); whatever else a client publishes is only a hint (`focus`). One entry per person,
 * however many phones or tabs they have open.
 */
import { isRole, type Role } from '@opale/core';

export interface PresentPerson {
  /** Stable while the person stays: their account id, as the server stamps it. */
  key: string;
  name: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** What they are working on (e.g. the site they edit), if they say. */
  focus: string | null;
}

export interface Viewer {
  /** This tab's awareness client id. */
  clientId: number;
  /** The viewer's account, to leave out their other tabs and devices. */
  userId?: string;
  /** The viewer as the server stamps them, to leave out their other tabs and devices. */
  user?: { name: string; organisationId: string } | null;
}

function stampedUser(
  state: unknown,
): (Omit<PresentPerson, 'key' | 'focus'> & { userId: string | null }) | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { userId, name, organisationId, organisationName, role } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof organisationId !== 'string') return null;
  return {
    userId: typeof userId === 'string' ? userId : null,
    name,
    organisationId,
    organisationName: typeof organisationName === 'string' ? organisationName : '',
    role: isRole(role) ? role : 'observer',
  };
}

function focusOf(state: unknown): string | null {
  const focus = (state as { focus?: unknown }).focus;
  return typeof focus === 'string' && focus !== '' ? focus : null;
}

function personKey(user: { userId?: string | null; name: string; organisationId: string }): string {
  return user.userId ?? `${user.organisationId}\u0000${user.name}`;
}

/**
 * Everyone else whose stamped state is present, once each, sorted by name. States without a
 * stamp (this tab's own, or relayed between tabs without the server) are left out.
 */
export function othersPresent(states: Map<number, unknown>, viewer: Viewer): PresentPerson[] {
  const viewerKey = viewer.userId ?? (viewer.user ? personKey(viewer.user) : null);
  const people = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    if (clientId === viewer.clientId) continue;
    const user = stampedUser(state);
    if (!user) continue;
    const key = personKey(user);
    if (key === viewerKey) continue;
    const known = people.get(key);
    const focus = focusOf(state);
    if (known) {
      known.focus ??= focus;
      continue;
    }
    const { userId: _userId, ...shown } = user;
    people.set(key, { key, ...shown, focus });
  }
  return [...people.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.organisationName.localeCompare(b.organisationName),
  );
}

/** Same people, same order, same focus: lets a snapshot keep its identity when nothing moved. */
export function samePresence(a: readonly PresentPerson[], b: readonly PresentPerson[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (person, i) =>
        person.key === b[i]?.key && person.focus === b[i]?.focus && person.role === b[i]?.role,
    )
  );
}

/** "Hélène Martin (demo rep)" → "HM": first and last words, ignoring what is in brackets. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters
    .map((word) => [...(word ?? '')].find((c) => /\p{L}/u.test(c)) ?? '')
    .join('')
    .toLocaleUpperCase();
}
