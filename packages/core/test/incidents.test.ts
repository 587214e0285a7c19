import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  fineContestDeadline,
  incidentDraft,
  personalDataWarnings,
  type IncidentDraft,
} from '../src';

const draft: IncidentDraft = {
  type: 'fine',
  occurredAt: '2026-11-26T07:30:00.000Z',
  siteId: null,
  placeText: 'Rue des Verrotières, near the water point',
  commune: 'Calais',
  authority: 'police_nationale',
  officers: 6,
  vehicles: 2,
  itemsSeized: 0,
  fineAmountCents: 13500,
  fineNoticeDate: '2026-11-26',
  narrative: 'Two vans stopped the distribution van and fined the driver for parking.',
};

describe('the incident draft', () => {
  it('accepts a complete report', () => {
    expect(incidentDraft.parse(draft)).toEqual(draft);
  });

  it('asks where it happened when neither a site nor a place is given', () => {
    const result = incidentDraft.safeParse({ ...draft, siteId: null, placeText: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Say where it happened/);
  });

  it('accepts a site without a place text, but always wants the commune', () => {
    expect(
      incidentDraft.safeParse({ ...draft, siteId: 'calais-north', placeText: null }).success,
    ).toBe(true);
    const noCommune = incidentDraft.safeParse({ ...draft, commune: '' });
    expect(noCommune.error?.issues[0]?.message).toMatch(/commune/);
  });

  it('refuses fractions of cents, negative counts, a date that is not one and a long narrative', () => {
    const messages = (value: Partial<IncidentDraft>) =>
      incidentDraft.safeParse({ ...draft, ...value }).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ fineAmountCents: 135.5 })[0]).toMatch(/euro cents/);
    expect(messages({ officers: -1 })[0]).toMatch(/cannot be negative/);
    expect(messages({ fineNoticeDate: '2026-02-30' })[0]).toMatch(/YYYY-MM-DD/);
    expect(messages({ occurredAt: 'yesterday' })[0]).toMatch(/date and time/);
    expect(messages({ narrative: 'x'.repeat(5001) })[0]).toMatch(/under 5000/);
  });

  it('takes the distribution it disrupted, or none, and says how to fix a wrong one', () => {
    const link = { seriesId: 'rck-lunch', date: '2026-11-26' };
    expect(incidentDraft.parse({ ...draft, occurrence: link }).occurrence).toEqual(link);
    expect(incidentDraft.parse({ ...draft, occurrence: null }).occurrence).toBeNull();
    // An older client's draft has no such field, and stays valid.
    expect('occurrence' in incidentDraft.parse(draft)).toBe(false);
    const messages = (occurrence: unknown) =>
      incidentDraft.safeParse({ ...draft, occurrence }).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...link, date: '26/11/2026' })).toEqual([
      'Write the date of the disrupted distribution as a date: YYYY-MM-DD.',
    ]);
    expect(messages({ ...link, seriesId: '  ' })).toEqual([
      'Choose the distribution the incident disrupted, or leave it empty.',
    ]);
  });

  it('refuses a type or an authority that is not on the list', () => {
    expect(incidentDraft.safeParse({ ...draft, type: 'rudeness' }).success).toBe(false);
    expect(incidentDraft.safeParse({ ...draft, authority: 'army' }).success).toBe(false);
  });
});

describe('the fine contest deadline', () => {
  it('is the notice date plus 45 days', () => {
    expect(fineContestDeadline('2026-11-26')).toBe('2027-01-10');
    expect(fineContestDeadline('2028-01-20')).toBe('2028-03-05'); // a leap year
    expect(fineContestDeadline('2027-01-20')).toBe('2027-03-06');
  });

  it('counts whole days across a change of clock', () => {
    expect(fineContestDeadline('2026-03-01')).toBe('2026-04-15');
    expect(fineContestDeadline('2026-10-01')).toBe('2026-11-15');
  });

  it('reads an instant as the date in Paris', () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Paris (summer time).
    expect(fineContestDeadline(new Date('2026-03-31T23:30:00Z'))).toBe('2026-05-16');
    expect(fineContestDeadline(new Date('2026-12-31T22:59:00Z'))).toBe('2027-02-14');
  });

  it('refuses something that is not a date', () => {
    expect(() => fineContestDeadline('26/11/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('always falls 45 calendar days later, whatever the date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const notice = d.toISOString().slice(0, 10);
          const deadline = fineContestDeadline(notice);
          const days =
            (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${notice}T00:00:00Z`)) / 86_400_000;
          expect(days).toBe(45);
          expect(addDays(deadline, -45)).toBe(notice);
        },
      ),
    );
  });
});

describe('personal data warnings', () => {
  const kinds = (text: string) => personalDataWarnings(text).map((w) => [w.kind, w.text]);

  it('finds French, international and British phone numbers', () => {
    expect(kinds('Call 06 12 34 56 78 or 06.12.34.56.78')).toEqual([
      ['phone', '06 12 34 56 78'],
      ['phone', '06.12.34.56.78'],
    ]);
    expect(kinds('His number is +33 6 12 34 56 78.')).toEqual([['phone', '+33 6 12 34 56 78']]);
    expect(kinds('whatsapp 0044 7700 900123')).toEqual([['phone', '0044 7700 900123']]);
    expect(kinds('UK mobile 07700 900123')).toEqual([['phone', '07700 900123']]);
  });

  it('finds an email address', () => {
    expect(kinds('wrote to jean.dupont@example.fr yesterday')).toEqual([
      ['email', 'jean.dupont@example.fr'],
    ]);
  });

  it('finds a name introduced by nommé, named, called, Mr, Mme or M.', () => {
    expect(kinds('un jeune nommé Ahmed a été contrôlé')).toEqual([['name', 'Ahmed']]);
    expect(kinds('a man named Yonas Tesfaye was taken')).toEqual([['name', 'Yonas Tesfaye']]);
    expect(kinds('someone called Ali')).toEqual([['name', 'Ali']]);
    expect(kinds('Mme Haddad et M. Karimi')).toEqual([
      ['name', 'Haddad'],
      ['name', 'Karimi'],
    ]);
    expect(kinds('Mr. Smith said')).toEqual([['name', 'Smith']]);
  });

  it('gives spans that point at the flagged text', () => {
    const text = 'Le bénévole a vu un homme nommé Samir près du pont.';
    const [warning] = personalDataWarnings(text);
    expect(warning).toBeDefined();
    expect(text.slice(warning!.start, warning!.end)).toBe('Samir');
  });

  it('finds GPS coordinates, in decimals or in degrees and minutes', () => {
    expect(kinds('camp at 50.95123, 1.85321 behind the hangar')).toEqual([
      ['coordinates', '50.95123, 1.85321'],
    ]);
    expect(kinds('https://maps.example/@50.9512,1.8532,17z')).toEqual([
      ['coordinates', '50.9512,1.8532'],
    ]);
    expect(kinds('51°02\'03"N 2°22\'40"E')).toEqual([['coordinates', '51°02\'03"N 2°22\'40"E']]);
  });

  it('leaves ordinary reports alone: dates, times, counts, amounts and the authorities', () => {
    expect(
      personalDataWarnings(
        'Le 26.11.2026 à 07:30, 6 agents de la CRS et 2 véhicules ont saisi 14 tentes. Amende de 135 €. ' +
          'Police nationale présente, la préfecture informée. About 120 people were waiting.',
      ),
    ).toEqual([]);
  });
});
