import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './safe-next';

describe('where to go after signing in', () => {
  it('follows paths inside the app', () => {
    expect(safeNextPath('/calais/members?x=1')).toBe('/calais/members?x=1');
    expect(safeNextPath('/invite/abc')).toBe('/invite/abc');
  });

  it('refuses to leave the app', () => {
    for (const outside of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNextPath(outside)).toBe('/');
    }
  });

  it('never loops back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
  });

  it('carries the destination in the sign-in link', () => {
    expect(signInPath('/invite/abc')).toBe('/sign-in?next=%2Finvite%2Fabc');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
