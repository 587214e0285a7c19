/**
 * Which screens of a platform a role sees. The server enforces rights anyway; this only keeps
 * people from meeting buttons that would be refused.
 */
import type { Role } from '@opale/core';

export type PlatformScreen =
  | 'home'
  | 'today'
  | 'capacity'
  | 'distributions'
  | 'agenda'
  | 'incidents'
  | 'actions'
  | 'coverage'
  | 'groups'
  | 'guide'
  | 'sites'
  | 'members'
  | 'organisations'
  | 'invitations'
  | 'audit';

export interface NavItem {
  screen: PlatformScreen;
  /** Path inside the platform: '' for its home. */
  path: string;
}

/** In the order of the navigation: what the field needs every day comes first. */
const everyone: NavItem[] = [
  { screen: 'today', path: 'today' },
  { screen: 'capacity', path: 'capacity' },
  { screen: 'distributions', path: 'distributions' },
  { screen: 'agenda', path: 'agenda' },
  { screen: 'incidents', path: 'incidents' },
  { screen: 'coverage', path: 'coverage' },
  { screen: 'actions', path: 'actions' },
  { screen: 'sites', path: 'sites' },
  { screen: 'groups', path: 'groups' },
  { screen: 'guide', path: 'guide' },
  { screen: 'members', path: 'members' },
  { screen: 'organisations', path: 'organisations' },
];

const adminOnly: NavItem[] = [
  { screen: 'invitations', path: 'invitations' },
  { screen: 'audit', path: 'audit' },
];

const home: NavItem = { screen: 'home', path: '' };

export function navItemsFor(role: Role): NavItem[] {
  return role === 'admin' ? [...everyone, ...adminOnly, home] : [...everyone, home];
}

/**
 * How many items the bar shows before "More", by screen width: 3 on a phone (each keeps a 90 px
 * target at 360 px), 4 on a tablet, 5 on a laptop. The rest wait in the "More" menu.
 */
export const barItemCounts = { phone: 3, md: 4, lg: 5 } as const;

/** Admins manage memberships, organisations and invitations; others read. */
export function canManagePlatform(role: Role): boolean {
  return role === 'admin';
}

export function platformPath(slug: string, path = ''): string {
  return path ? `/${slug}/${path}` : `/${slug}`;
}

/**
 * The same screen on another platform, when switching platforms, if the role there allows it;
 * otherwise that platform's home.
 */
export function switchPlatformPath(
  currentPathname: string,
  targetSlug: string,
  targetRole: Role,
): string {
  const screen = currentPathname.split('/')[2] ?? '';
  const allowed = navItemsFor(targetRole).some((item) => item.path === screen);
  return platformPath(targetSlug, allowed ? screen : '');
}
