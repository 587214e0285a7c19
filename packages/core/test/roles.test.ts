import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationFields, platformSlug, roleAtLeast, roles } from '../src';

describe('roles', () => {
  const role = fc.constantFrom(...roles);

  it('orders roles so that each includes the rights of every lower one', () => {
    fc.assert(
      fc.property(role, role, role, (a, b, c) => {
        expect(roleAtLeast(a, a)).toBe(true);
        if (roleAtLeast(a, b) && roleAtLeast(b, c)) expect(roleAtLeast(a, c)).toBe(true);
        expect(roleAtLeast(a, b) || roleAtLeast(b, a)).toBe(true);
      }),
    );
  });

  it('puts admin above coordinator above rep above field above observer', () => {
    expect(roleAtLeast('admin', 'coordinator')).toBe(true);
    expect(roleAtLeast('coordinator', 'rep')).toBe(true);
    expect(roleAtLeast('rep', 'field')).toBe(true);
    expect(roleAtLeast('field', 'observer')).toBe(true);
    expect(roleAtLeast('observer', 'field')).toBe(false);
    expect(roleAtLeast('rep', 'coordinator')).toBe(false);
  });
});

describe('organisation fields', () => {
  it('turns empty optional fields into nulls and keeps the flags', () => {
    expect(
      organisationFields.parse({
        name: ' Utopia 56 ',
        shortName: 'U56',
        kind: 'association',
        contactEmail: '',
        website: '',
        contactPhone: '',
        publiclyFunded: true,
      }),
    ).toEqual({
      name: 'Utopia 56',
      shortName: 'U56',
      kind: 'association',
      stateMandated: false,
      publiclyFunded: true,
      contactEmail: null,
      contactPhone: null,
      website: null,
    });
  });

  it('explains a malformed website in words a person can act on', () => {
    const result = organisationFields.safeParse({
      name: 'RCK',
      shortName: 'RCK',
      kind: 'collective',
      website: 'rck',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Enter a web address starting with https://.');
  });
});

describe('platform slugs', () => {
  it('accepts town names and refuses words the app uses for its own paths', () => {
    expect(platformSlug.safeParse('calais').success).toBe(true);
    expect(platformSlug.safeParse('grande-synthe').success).toBe(true);
    for (const reserved of ['account', 'sign-in', 'invite', 'sync', 'assets']) {
      const result = platformSlug.safeParse(reserved);
      expect(result.success, reserved).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/used by Opale itself/);
    }
    expect(platformSlug.safeParse('Calais').success).toBe(false);
  });
});
