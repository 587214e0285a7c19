/**
 * The incident form as the person fills it (text in inputs, euros, Paris wall-clock time) and the
 * draft the server takes (numbers, euro cents, an ISO instant with its offset), both ways. The
 * draft is checked with core's own schema, so the phone refuses what the server would refuse;
 * its English messages become keys of the form's words here.
 */
import {
  incidentDraft,
  localInstant,
  type IncidentAuthority,
  type IncidentDraft,
  type IncidentOccurrence,
  type IncidentType,
} from '@opale/core';
import type { IncidentsTranslation } from '@/lib/i18n/incidents/fr';

const platformZone = 'Europe/Paris';

export interface IncidentFormValues {
  type: IncidentType | '';
  /** Paris date and time, as date and time inputs hold them. */
  date: string;
  time: string;
  /** A site of the schedule board; '' for a place described in words. */
  siteId: string;
  placeText: string;
  commune: string;
  authority: IncidentAuthority | '';
  officers: string;
  vehicles: string;
  itemsSeized: string;
  /** Euros as typed: "135", "135,50", "1 350.00". */
  fineAmount: string;
  fineNoticeDate: string;
  narrative: string;
  occurrence: IncidentOccurrence | null;
}

export type FormField =
  | 'type'
  | 'dateTime'
  | 'siteId'
  | 'placeText'
  | 'commune'
  | 'authority'
  | 'officers'
  | 'vehicles'
  | 'itemsSeized'
  | 'fineAmount'
  | 'fineNoticeDate'
  | 'narrative'
  | 'occurrence';

/** An error next to a field: a key under `incidents:form.errors`, with its values. */
export interface FieldError {
  key: keyof IncidentsTranslation['form']['errors'];
  values?: Record<string, string | number>;
}

export type FormErrors = Partial<Record<FormField, FieldError>>;

// -- money ----------------------------------------------------------------------------------------

/**
 * Euros as people type them into whole cents, without floating point: "135" → 13500,
 * "135,5" → 13550, "1 350.00" → 135000. Empty → null; not an amount → 'invalid'.
 */
export function eurosToCents(text: string): number | null | 'invalid' {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return null;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return 'invalid';
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** Cents back into what the amount field shows: "135" or "135,50" (French) / "135.50". */
export function centsToEuros(cents: number | null, decimalSeparator: ',' | '.'): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}${decimalSeparator}${String(rest).padStart(2, '0')}`;
}

// -- time -----------------------------------------------------------------------------------------

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: platformZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Paris wall clock of an instant: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function parisWallClock(instant: Date): { date: string; time: string } {
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.formatToParts(instant).find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * A Paris date and time as an ISO instant with Paris's offset that day: 26 November 08:30 →
 * "2026-11-26T08:30:00+01:00", 1 July 08:30 → "2026-07-01T08:30:00+02:00". A time skipped when
 * clocks go forward moves on by the gap (02:30 on the last Sunday of March is 03:30+02:00).
 */
export function parisLocalToIso(date: string, time: string): string {
  const instant = localInstant(date, time);
  const wall = parisWallClock(instant);
  const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = wall.time.split(':').map(Number) as [number, number];
  const offset = Math.round((Date.UTC(y, m - 1, d, hh, mm) - instant.getTime()) / 60_000);
  return `${wall.date}T${wall.time}:00${offsetText(offset)}`;
}

/** An instant from the server, as the date and time inputs show it (Paris). */
export function isoToParisLocal(iso: string): { date: string; time: string } {
  return parisWallClock(new Date(iso));
}

// -- the draft ------------------------------------------------------------------------------------

export function emptyFormValues(now: Date, commune = ''): IncidentFormValues {
  const { date, time } = parisWallClock(now);
  return {
    type: '',
    date,
    time,
    siteId: '',
    placeText: '',
    commune,
    authority: '',
    officers: '',
    vehicles: '',
    itemsSeized: '',
    fineAmount: '',
    fineNoticeDate: '',
    narrative: '',
    occurrence: null,
  };
}

/** A draft (saved on the device, or from the server for editing) back into the form. */
export function formValuesOf(
  draft: IncidentDraft,
  decimalSeparator: ',' | '.',
): IncidentFormValues {
  const { date, time } = isoToParisLocal(draft.occurredAt);
  const count = (n: number | null) => (n === null ? '' : String(n));
  return {
    type: draft.type,
    date,
    time,
    siteId: draft.siteId ?? '',
    placeText: draft.placeText ?? '',
    commune: draft.commune,
    authority: draft.authority,
    officers: count(draft.officers),
    vehicles: count(draft.vehicles),
    itemsSeized: count(draft.itemsSeized),
    fineAmount: centsToEuros(draft.fineAmountCents, decimalSeparator),
    fineNoticeDate: draft.fineNoticeDate ?? '',
    narrative: draft.narrative,
    occurrence: draft.occurrence ?? null,
  };
}

function countOf(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The server's slack for a phone whose clock runs ahead; the phone checks the same. */
const futureSlackMs = 10 * 60_000;

export type DraftResult = { ok: true; draft: IncidentDraft } | { ok: false; errors: FormErrors };

/** Checks the form the way the server will, and answers the draft or the errors by field. */
export function draftFromForm(values: IncidentFormValues, now: Date): DraftResult {
  const errors: FormErrors = {};
  const counts = { officers: 0, vehicles: 0, itemsSeized: 0 } as Record<
    'officers' | 'vehicles' | 'itemsSeized',
    number | null
  >;
  for (const field of ['officers', 'vehicles', 'itemsSeized'] as const) {
    const value = countOf(values[field]);
    if (value === 'invalid') errors[field] = { key: 'count' };
    else counts[field] = value;
  }
  const fineAmountCents = eurosToCents(values.fineAmount);
  if (fineAmountCents === 'invalid') errors.fineAmount = { key: 'fineAmount' };

  let occurredAt = '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !/^\d{2}:\d{2}$/.test(values.time)) {
    errors.dateTime = { key: 'dateTime' };
  } else {
    occurredAt = parisLocalToIso(values.date, values.time);
    if (new Date(occurredAt).getTime() > now.getTime() + futureSlackMs) {
      errors.dateTime = { key: 'future' };
    }
  }

  // The schema checks this only once every field parses; the person should see it at once.
  if (values.siteId.trim() === '' && values.placeText.trim() === '') {
    errors.placeText = { key: 'place' };
  }

  const candidate = {
    type: values.type,
    occurredAt,
    siteId: textOrNull(values.siteId),
    placeText: textOrNull(values.placeText),
    commune: values.commune.trim(),
    authority: values.authority,
    officers: counts.officers,
    vehicles: counts.vehicles,
    itemsSeized: counts.itemsSeized,
    fineAmountCents: fineAmountCents === 'invalid' ? null : fineAmountCents,
    fineNoticeDate: textOrNull(values.fineNoticeDate),
    narrative: values.narrative,
    occurrence: values.occurrence,
  };
  const parsed = incidentDraft.safeParse(candidate);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, draft: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const maximum = 'maximum' in issue ? issue.maximum : undefined;
      const mapped = fieldErrorOf(issue.path[0], issue.code, { maximum });
      if (mapped && !errors[mapped.field]) errors[mapped.field] = mapped.error;
    }
  }
  return { ok: false, errors };
}

interface IssueLike {
  maximum?: unknown;
}

function fieldErrorOf(
  path: PropertyKey | undefined,
  code: string,
  issue: IssueLike,
): { field: FormField; error: FieldError } | null {
  const tooBig = code === 'too_big';
  const max = typeof issue.maximum === 'number' ? issue.maximum : Number(issue.maximum);
  switch (path) {
    case 'type':
      return { field: 'type', error: { key: 'type' } };
    case 'occurredAt':
      return { field: 'dateTime', error: { key: 'dateTime' } };
    case 'siteId':
      return { field: 'siteId', error: { key: 'site' } };
    case 'placeText':
      return {
        field: 'placeText',
        error: tooBig ? { key: 'placeTooLong', values: { max } } : { key: 'place' },
      };
    case 'commune':
      return {
        field: 'commune',
        error: tooBig ? { key: 'communeTooLong', values: { max } } : { key: 'commune' },
      };
    case 'authority':
      return { field: 'authority', error: { key: 'authority' } };
    case 'officers':
    case 'vehicles':
    case 'itemsSeized':
      return {
        field: path,
        error: tooBig
          ? { key: 'countTooHigh', values: { max } }
          : code === 'too_small'
            ? { key: 'countNegative' }
            : { key: 'count' },
      };
    case 'fineAmountCents':
      return {
        field: 'fineAmount',
        error: tooBig ? { key: 'fineTooHigh', values: { max: max / 100 } } : { key: 'fineAmount' },
      };
    case 'fineNoticeDate':
      return { field: 'fineNoticeDate', error: { key: 'noticeDate' } };
    case 'narrative':
      return { field: 'narrative', error: { key: 'narrativeTooLong', values: { max } } };
    case 'occurrence':
      return { field: 'occurrence', error: { key: 'occurrence' } };
    default:
      return null;
  }
}
