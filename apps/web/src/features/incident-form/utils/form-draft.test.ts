import { describe, expect, it } from 'vitest';
import {
  centsToEuros,
  draftFromForm,
  emptyFormValues,
  eurosToCents,
  formValuesOf,
  isoToParisLocal,
  parisLocalToIso,
  type IncidentFormValues,
} from './form-draft';

const now = new Date('2026-11-26T11:00:00Z');

function filled(change: Partial<IncidentFormValues> = {}): IncidentFormValues {
  return {
    ...emptyFormValues(now, 'Calais'),
    type: 'fine',
    date: '2026-11-26',
    time: '08:30',
    placeText: 'Rue des Garennes',
    authority: 'police_municipale',
    officers: '3',
    fineAmount: '135',
    fineNoticeDate: '2026-11-26',
    narrative: 'A fine for the van parked during the meal.',
    ...change,
  };
}

describe('euros typed into the form', () => {
  it('become whole cents, with either decimal mark and spaces between thousands', () => {
    expect(eurosToCents('135')).toBe(13500);
    expect(eurosToCents('135,5')).toBe(13550);
    expect(eurosToCents('135.50')).toBe(13550);
    expect(eurosToCents('1 350,00 €')).toBe(135000);
    expect(eurosToCents('0,07')).toBe(7);
  });

  it('read as no fine when empty, and as not an amount otherwise', () => {
    expect(eurosToCents('  ')).toBeNull();
    expect(eurosToCents('135,505')).toBe('invalid');
    expect(eurosToCents('-10')).toBe('invalid');
    expect(eurosToCents('cent')).toBe('invalid');
  });

  it('come back as the person wrote them', () => {
    expect(centsToEuros(13500, ',')).toBe('135');
    expect(centsToEuros(13550, ',')).toBe('135,50');
    expect(centsToEuros(7, '.')).toBe('0.07');
    expect(centsToEuros(null, ',')).toBe('');
  });
});

describe('Paris time in the form', () => {
  it('is sent as an instant with the offset of that day, winter and summer', () => {
    expect(parisLocalToIso('2026-11-26', '08:30')).toBe('2026-11-26T08:30:00+01:00');
    expect(parisLocalToIso('2026-07-01', '08:30')).toBe('2026-07-01T08:30:00+02:00');
    expect(new Date(parisLocalToIso('2026-11-26', '08:30')).toISOString()).toBe(
      '2026-11-26T07:30:00.000Z',
    );
  });

  it('moves a time skipped when the clocks go forward on by the gap', () => {
    expect(parisLocalToIso('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('shows an instant from the server as the Paris date and time', () => {
    expect(isoToParisLocal('2026-11-26T23:30:00Z')).toEqual({ date: '2026-11-27', time: '00:30' });
    expect(isoToParisLocal('2026-07-01T06:30:00.000Z')).toEqual({
      date: '2026-07-01',
      time: '08:30',
    });
  });

  it('starts a new report at the Paris time now', () => {
    expect(emptyFormValues(new Date('2026-11-26T23:10:00Z'))).toMatchObject({
      date: '2026-11-27',
      time: '00:10',
    });
  });
});

describe('turning the form into a draft', () => {
  it('gives the draft the server takes: cents, counts, the instant, the place', () => {
    const result = draftFromForm(filled(), now);
    expect(result).toEqual({
      ok: true,
      draft: {
        type: 'fine',
        occurredAt: '2026-11-26T08:30:00+01:00',
        siteId: null,
        placeText: 'Rue des Garennes',
        commune: 'Calais',
        authority: 'police_municipale',
        officers: 3,
        vehicles: null,
        itemsSeized: null,
        fineAmountCents: 13500,
        fineNoticeDate: '2026-11-26',
        narrative: 'A fine for the van parked during the meal.',
        occurrence: null,
      },
    });
  });

  it('keeps the link to the disrupted distribution', () => {
    const occurrence = { seriesId: 'series-1', date: '2026-11-26' };
    const result = draftFromForm(filled({ siteId: 'site-1', placeText: '', occurrence }), now);
    expect(result.ok && result.draft).toMatchObject({
      siteId: 'site-1',
      placeText: null,
      occurrence,
    });
  });

  it('puts each problem next to its field, as keys of the form’s words', () => {
    const result = draftFromForm(
      filled({
        type: '',
        authority: '',
        placeText: '',
        commune: '',
        officers: 'three',
        vehicles: '900',
        fineAmount: '12,345',
      }),
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      type: { key: 'type' },
      authority: { key: 'authority' },
      placeText: { key: 'place' },
      commune: { key: 'commune' },
      officers: { key: 'count' },
      vehicles: { key: 'countTooHigh', values: { max: 200 } },
      fineAmount: { key: 'fineAmount' },
    });
  });

  it('refuses a time to come, as the server would', () => {
    const result = draftFromForm(filled({ time: '13:00' }), now);
    expect(result.ok ? null : result.errors.dateTime).toEqual({ key: 'future' });
  });

  it('reads a saved draft back into the same form', () => {
    const result = draftFromForm(filled({ fineAmount: '135,50', vehicles: '2' }), now);
    if (!result.ok) throw new Error('the draft should be valid');
    const values = formValuesOf(result.draft, ',');
    expect(values).toEqual(filled({ fineAmount: '135,50', vehicles: '2' }));
  });
});
