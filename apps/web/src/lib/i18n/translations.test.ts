import {
  agendaKinds,
  answers,
  audiences,
  auditActions,
  capacityStatuses,
  capacityUnits,
  dayParts,
  followupKinds,
  followupOutcomes,
  incidentAuthorities,
  incidentStatuses,
  incidentTypes,
  locales,
  occurrenceStatuses,
  organisationKinds,
  roles,
  type RuleProblem,
} from '@opale/core';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { en as agendaEn } from './agenda/en';
import { fr as agendaFr } from './agenda/fr';
import { en as capacityEn } from './capacity/en';
import { fr as capacityFr } from './capacity/fr';
import { en as incidentsEn } from './incidents/en';
import { fr as incidentsFr } from './incidents/fr';
import { en as scheduleEn } from './schedule/en';
import { fr as scheduleFr } from './schedule/fr';

/** Every leaf key, as "a.b.c". */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'object' && value !== null ? leaves(value as object) : [value as string],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function valueAt(tree: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
}

describe('translations', () => {
  it('gives English every key French has, and no other', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('leaves no translation empty', () => {
    for (const text of [...leaves(fr), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(fr)) {
      expect({ key, placeholders: placeholders(valueAt(en, key)) }).toEqual({
        key,
        placeholders: placeholders(valueAt(fr, key)),
      });
    }
  });

  it('names every role, organisation kind, audit action and language', () => {
    for (const dictionary of [fr, en]) {
      expect(Object.keys(dictionary.roles).sort()).toEqual([...roles].sort());
      expect(Object.keys(dictionary.roleDescriptions).sort()).toEqual([...roles].sort());
      expect(Object.keys(dictionary.organisationKinds).sort()).toEqual(
        [...organisationKinds].sort(),
      );
      expect(keysOf(dictionary.auditActions).sort()).toEqual([...auditActions].sort());
      for (const locale of locales) expect(dictionary.language[locale]).toBeTruthy();
    }
  });

  it('finds every audit action label through i18next, whose keys split on dots', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr' });
    for (const lng of locales) {
      for (const action of auditActions) {
        const label = i18n.t(`auditActions.${action}`, { lng });
        expect(label).not.toContain('auditActions');
      }
    }
  });
});

describe('translations of the distribution screens', () => {
  it('gives English every key French has, and no other, none empty', () => {
    expect(keysOf(scheduleEn).sort()).toEqual(keysOf(scheduleFr).sort());
    for (const text of [...leaves(scheduleFr), ...leaves(scheduleEn)]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(scheduleFr)) {
      expect({ key, placeholders: placeholders(valueAt(scheduleEn, key)) }).toEqual({
        key,
        placeholders: placeholders(valueAt(scheduleFr, key)),
      });
    }
  });

  it('names every occurrence status, part of the day and problem with a rule', () => {
    const ruleProblems: Record<RuleProblem['kind'], true> = {
      empty: true,
      notWeekdays: true,
      unsupportedPart: true,
      badValue: true,
      repeatedPart: true,
      noFrequency: true,
      tooRare: true,
      tooFrequent: true,
      unreadable: true,
    };
    for (const dictionary of [scheduleFr, scheduleEn]) {
      expect(Object.keys(dictionary.status).sort()).toEqual([...occurrenceStatuses].sort());
      expect(Object.keys(dictionary.dayParts).sort()).toEqual([...dayParts].sort());
      for (const kind of Object.keys(ruleProblems)) {
        expect(dictionary.ruleProblems).toHaveProperty(kind);
      }
    }
  });

  it('is found through i18next once a distribution screen registered it', async () => {
    const { default: i18n } = await import('i18next');
    await i18n.init({ resources: {}, lng: 'en', fallbackLng: 'fr' });
    const { registerScheduleTranslations } = await import('./schedule');
    registerScheduleTranslations();
    registerScheduleTranslations();
    expect(i18n.t('status.done', { ns: 'schedule' })).toBe('Done');
    expect(i18n.t('status.done', { ns: 'schedule', lng: 'fr' })).toBe('Faite');
    expect(i18n.t('today.served', { ns: 'schedule', count: 120 })).toBe('≈ 120 served');
  });
});

describe('interface languages', () => {
  it('are exactly the account languages the server accepts', async () => {
    const core = await import('@opale/core');
    const { locales: interfaceLocales } = await import('./index');
    expect([...interfaceLocales]).toEqual([...core.locales]);
  });
});

describe('translations of the agenda screens', () => {
  it('gives English every key French has, and no other, none empty', () => {
    expect(keysOf(agendaEn).sort()).toEqual(keysOf(agendaFr).sort());
    for (const text of [...leaves(agendaFr), ...leaves(agendaEn)]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(agendaFr)) {
      expect({ key, placeholders: placeholders(valueAt(agendaEn, key)) }).toEqual({
        key,
        placeholders: placeholders(valueAt(agendaFr, key)),
      });
    }
  });

  it('names every kind of item and every answer', () => {
    for (const kind of agendaKinds) {
      expect(agendaFr.kinds[kind]).toBeTruthy();
      expect(agendaEn.kinds[kind]).toBeTruthy();
    }
    for (const answer of answers) {
      expect(agendaFr.answers[answer]).toBeTruthy();
      expect(agendaEn.answers[answer]).toBeTruthy();
    }
  });
});

describe('translations of the capacity screens', () => {
  it('gives English every key French has, and no other, none empty', () => {
    expect(keysOf(capacityEn).sort()).toEqual(keysOf(capacityFr).sort());
    for (const text of [...leaves(capacityFr), ...leaves(capacityEn)]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(capacityFr)) {
      expect({ key, placeholders: placeholders(valueAt(capacityEn, key)) }).toEqual({
        key,
        placeholders: placeholders(valueAt(capacityFr, key)),
      });
    }
  });

  it('names every status, audience and unit, and counts free places in each unit', () => {
    for (const dictionary of [capacityFr, capacityEn]) {
      for (const status of capacityStatuses) expect(dictionary.status[status]).toBeTruthy();
      for (const audience of audiences) expect(dictionary.audiences[audience]).toBeTruthy();
      for (const unit of capacityUnits) {
        expect(dictionary.units.names[unit]).toBeTruthy();
        for (const family of [
          dictionary.units.freeOf,
          dictionary.units.free,
          dictionary.units.capacity,
        ]) {
          expect(family).toHaveProperty(`${unit}_one`);
          expect(family).toHaveProperty(`${unit}_other`);
        }
      }
    }
  });

  it('is found through i18next once a capacity screen registered it', async () => {
    const { default: i18n } = await import('i18next');
    await i18n.init({ resources: {}, lng: 'en', fallbackLng: 'fr' });
    const { registerCapacityTranslations } = await import('./capacity');
    registerCapacityTranslations();
    registerCapacityTranslations();
    expect(i18n.t('status.full', { ns: 'capacity' })).toBe('Full');
    expect(i18n.t('status.full', { ns: 'capacity', lng: 'fr' })).toBe('Complet');
    expect(i18n.t('units.freeOf.beds', { ns: 'capacity', count: 8, total: 40 })).toBe(
      '8 of 40 beds free',
    );
    expect(i18n.t('units.freeOf.beds', { ns: 'capacity', count: 1, total: 40, lng: 'fr' })).toBe(
      '1 lit libre sur 40',
    );
  });
});

describe('translations of the incident screens', () => {
  it('gives English every key French has, and no other, none empty', () => {
    expect(keysOf(incidentsEn).sort()).toEqual(keysOf(incidentsFr).sort());
    for (const text of [...leaves(incidentsFr), ...leaves(incidentsEn)]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(incidentsFr)) {
      expect({ key, placeholders: placeholders(valueAt(incidentsEn, key)) }).toEqual({
        key,
        placeholders: placeholders(valueAt(incidentsFr, key)),
      });
    }
  });

  it('names every type, authority, status, follow-up and outcome of the controlled lists', () => {
    for (const { common } of [incidentsFr, incidentsEn]) {
      expect(Object.keys(common.types).sort()).toEqual([...incidentTypes].sort());
      expect(Object.keys(common.authorities).sort()).toEqual([...incidentAuthorities].sort());
      expect(Object.keys(common.statuses).sort()).toEqual([...incidentStatuses].sort());
      expect(Object.keys(common.followupKinds).sort()).toEqual([...followupKinds].sort());
      expect(Object.keys(common.followupOutcomes).sort()).toEqual([...followupOutcomes].sort());
    }
  });
});
