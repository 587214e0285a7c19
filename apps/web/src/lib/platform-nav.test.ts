import { roles } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { canManagePlatform, navItemsFor, switchPlatformPath } from './platform-nav';

const screens = (role: (typeof roles)[number]) => navItemsFor(role).map((item) => item.screen);

describe('platform navigation', () => {
  it('shows admins every screen, today’s distributions first', () => {
    expect(screens('admin')).toEqual([
      'today',
      'capacity',
      'distributions',
      'agenda',
      'incidents',
      'coverage',
      'actions',
      'sites',
      'groups',
      'guide',
      'members',
      'organisations',
      'invitations',
      'audit',
      'home',
    ]);
  });

  it('shows every other role the boards, the guide, members and organisations, not the admin screens', () => {
    for (const role of roles.filter((r) => r !== 'admin')) {
      expect(screens(role)).toEqual([
        'today',
        'capacity',
        'distributions',
        'agenda',
        'incidents',
        'coverage',
        'actions',
        'sites',
        'groups',
        'guide',
        'members',
        'organisations',
        'home',
      ]);
    }
  });

  it('lets only admins manage the platform', () => {
    expect(roles.filter(canManagePlatform)).toEqual(['admin']);
  });

  it('keeps the same screen when switching platform, if the role there allows it', () => {
    expect(switchPlatformPath('/calais/members', 'dunkirk', 'rep')).toBe('/dunkirk/members');
    expect(switchPlatformPath('/calais/sites', 'dunkirk', 'observer')).toBe('/dunkirk/sites');
    expect(switchPlatformPath('/calais/audit', 'dunkirk', 'admin')).toBe('/dunkirk/audit');
    expect(switchPlatformPath('/calais/audit', 'dunkirk', 'field')).toBe('/dunkirk');
    expect(switchPlatformPath('/calais/today', 'dunkirk', 'field')).toBe('/dunkirk/today');
    expect(switchPlatformPath('/calais/capacity/org-1/service-1', 'dunkirk', 'observer')).toBe(
      '/dunkirk/capacity',
    );
    expect(switchPlatformPath('/calais', 'dunkirk', 'observer')).toBe('/dunkirk');
  });
});
