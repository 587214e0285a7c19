/**
 * Which screens of a platform a role sees. The server enforces rights anyway; this only keeps
 * people from meeting buttons that would be refused.
 */
import type { Role } from '@opale/core';

export type PlatformScreen =
  'home' | 'sites' | 'members' | 'organisations' | 'invitations' | 'audit';

export interface NavItem {
  screen: PlatformScreen;
  /** Path inside the platform: '' for its home. */
  path: string;
}

const everyone: NavItem[] = [
  { screen: 'home', path: '' },
  { screen: 'sites', path: 'sites' },
  { screen: 'members', path: 'members' },
  { screen: 'organisations', path: 'organisations' },
];

const adminOnly: NavItem[] = [
  { screen: 'invitations', path: 'invitations' },
  { screen: 'audit', path: 'audit' },
];

export function navItemsFor(role: Role): NavItem[] {
  return role === 'admin' ? [...everyone, ...adminOnly] : everyone;
}

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
