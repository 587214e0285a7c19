import type { Entry, Site } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  changedSiteFields,
  checkDraft,
  draftOf,
  emptyDraft,
  newSiteFields,
  periodWording,
  sitesByStatus,
} from './site-draft';

const north: Site = {
  name: 'Site Nord',
  area: 'Calais nord',
  description: 'Parking near the industrial zone',
  locationText: null,
  activeFrom: '2026-03-01',
  activeUntil: null,
  publicLevel: null,
  publicDescription: null,
};

function entry(id: string, fields: Site): Entry<Site> {
  return { root: 'sites', key: `site:${id}`, id, fields };
}

describe('the site form', () => {
  it('needs a name and keeps texts within their limits', () => {
    expect(checkDraft(emptyDraft('2026-03-12')).name).toEqual({ problem: 'nameRequired' });
    const long = { ...draftOf(north), description: 'x'.repeat(501) };
    expect(checkDraft(long).description).toEqual({ problem: 'tooLong', max: 500 });
    expect(checkDraft(draftOf(north))).toEqual({});
  });

  it('refuses a closing day before the opening day', () => {
    const draft = { ...draftOf(north), activeUntil: '2026-02-01' };
    expect(checkDraft(draft).activeUntil).toEqual({ problem: 'closedBeforeOpened' });
  });

  it('writes every field of a new site, empty ones as null', () => {
    const draft = { ...emptyDraft('2026-03-12'), name: '  Site Gare ' };
    expect(newSiteFields(draft)).toEqual({
      name: 'Site Gare',
      area: null,
      description: null,
      locationText: null,
      activeFrom: '2026-03-12',
      activeUntil: null,
      publicLevel: 'field',
      publicDescription: null,
    });
  });

  it('keeps a place out of the public guide until a coordinator chooses to show it', () => {
    // A site written before the guide has no level: it reads as "announced on the spot".
    expect(draftOf(north).publicLevel).toBe('field');
    const opened = draftOf(north);
    const shown = { ...opened, publicLevel: 'shown', publicDescription: ' By the fountain ' };
    expect(changedSiteFields(opened, shown)).toEqual({
      publicLevel: 'shown',
      publicDescription: 'By the fountain',
    });
    // A value the form does not offer never reaches the board as such.
    expect(newSiteFields({ ...opened, publicLevel: 'everywhere' }).publicLevel).toBe('field');
  });

  it('writes back only what the person changed, so others’ edits to other fields survive', () => {
    const opened = draftOf(north);
    const draft = { ...opened, name: 'Site Nord (parking)', locationText: 'Rue des Garennes' };
    expect(changedSiteFields(opened, draft)).toEqual({
      name: 'Site Nord (parking)',
      locationText: 'Rue des Garennes',
    });
    expect(changedSiteFields(opened, { ...opened, area: ' Calais nord ' })).toEqual({});
  });
});

describe('the list of sites', () => {
  const today = '2026-03-12';

  it('puts sites in use first by name, and closed ones in the history, last closed first', () => {
    const sites = [
      entry('b', { ...north, name: 'Site Hôpital' }),
      entry('a', { ...north, name: 'Site Gare' }),
      entry('c', { ...north, name: 'Ancien site', activeUntil: '2026-01-10' }),
      entry('d', { ...north, name: 'Site Plage', activeUntil: '2026-03-12' }),
      entry('e', { ...north, name: 'Site Dunes', activeFrom: '2026-04-01' }),
    ];
    const { current, closed } = sitesByStatus(sites, today);
    expect(current.map((s) => s.fields.name)).toEqual(['Site Dunes', 'Site Gare', 'Site Hôpital']);
    expect(closed.map((s) => s.fields.name)).toEqual(['Site Plage', 'Ancien site']);
  });

  it('words the period after where the site stands', () => {
    expect(periodWording(north, today)).toBe('since');
    expect(periodWording({ ...north, activeUntil: '2026-04-01' }, today)).toBe('sinceUntil');
    expect(periodWording({ ...north, activeUntil: '2026-03-12' }, today)).toBe('fromClosedOn');
    expect(periodWording({ ...north, activeFrom: '2026-04-01' }, today)).toBe('from');
    expect(periodWording({ ...north, activeFrom: null }, today)).toBe('unknown');
  });
});
