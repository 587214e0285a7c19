/**
 * Reads an organisation's existing schedule from a CSV file (a spreadsheet saved as CSV): one
 * distribution series per row. Every problem is named by its row, in words a coordinator can act
 * on; nothing is imported unless every row is right.
 */
import { CsvError, parse } from 'csv-parse/sync';
import {
  checkRule,
  isLocalDate,
  serviceTypes,
  siteStatusOn,
  type Entry,
  type Series,
  type Site,
} from '@opale/core';

/** The columns Opale reads, in the order of the template. */
export const importColumns = [
  'site',
  'service_type',
  'days',
  'start',
  'end',
  'valid_from',
  'valid_until',
  'expected_quantity',
  'public',
  'notes',
] as const;
type ImportColumn = (typeof importColumns)[number];
const requiredColumns: readonly ImportColumn[] = ['site', 'service_type', 'days', 'start', 'end'];

/** Spreadsheets saved as CSV stay far below this; JSON escaping must still fit the body limit. */
export const maxImportCharacters = 200_000;
export const maxImportRows = 500;
const maxNotes = 500;
const maxQuantity = 100_000;

export interface ImportedSeries {
  /** The row in the spreadsheet: the header is row 1. */
  row: number;
  siteId: string;
  siteName: string;
  serviceType: string;
  rrule: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string | null;
  expectedQuantity: number | null;
  public: boolean;
  notes: string | null;
}

export interface ImportProblem {
  /** null when the problem is the whole file's. */
  row: number | null;
  message: string;
}

export interface ImportContext {
  /** The platform's sites, as on the schedule board. */
  sites: Entry<Site>[];
  /** The organisation's series already on the board, so that importing a file twice adds nothing twice. */
  existing: Entry<Series>[];
  /** Today in Paris (YYYY-MM-DD): the first day of a series that gives none. */
  today: string;
}

export interface ImportReading {
  series: ImportedSeries[];
  errors: ImportProblem[];
}

export function seriesFields(imported: ImportedSeries): Series {
  return {
    siteId: imported.siteId,
    serviceType: imported.serviceType,
    rrule: imported.rrule,
    startTime: imported.startTime,
    endTime: imported.endTime,
    validFrom: imported.validFrom,
    validUntil: imported.validUntil,
    expectedQuantity: imported.expectedQuantity,
    notes: imported.notes,
    public: imported.public,
  };
}

export function readScheduleImport(text: string, context: ImportContext): ImportReading {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') {
    return fileProblem(
      `The file is empty. Its first row names the columns (${importColumns.join(',')}); each row after it is one distribution.`,
    );
  }
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: delimiterOf(content),
      relax_column_count: true,
      // Kept, so that the record index is the spreadsheet's row number.
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return fileProblem(
        `The file could not be read as CSV${line ? ` (near line ${line})` : ''}: ${error.message.replace(/^Invalid[^:]*:\s*/, '')} ` +
          'Save it again from your spreadsheet as "CSV UTF-8" and try again.',
      );
    }
    throw error;
  }

  const [header = [], ...rows] = records;
  const columns = readHeader(header);
  if ('errors' in columns) return { series: [], errors: columns.errors };

  const filled = rows
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (filled.length === 0) {
    return fileProblem(
      'The file has a header but no distributions: add one row per distribution below the header.',
    );
  }
  if (filled.length > maxImportRows) {
    return fileProblem(
      `The file has ${filled.length} rows; import at most ${maxImportRows} at once (split the file).`,
    );
  }

  const siteLookup = siteFinder(context.sites);
  const series: ImportedSeries[] = [];
  const errors: ImportProblem[] = [];
  for (const { cells, row } of filled) {
    const cell = (name: ImportColumn) => {
      const index = columns.indexOf.get(name);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problems: string[] = [];
    const read = readRow(cell, siteLookup, context.today, problems);
    if (read && problems.length === 0) {
      const duplicate = duplicateOf(read, series, context.existing);
      if (duplicate) problems.push(duplicate);
    }
    if (read && problems.length === 0) series.push({ row, ...read });
    for (const message of problems) errors.push({ row, message: `Row ${row}: ${message}` });
  }
  return { series: errors.length === 0 ? series : [], errors };
}

function fileProblem(message: string): ImportReading {
  return { series: [], errors: [{ row: null, message }] };
}

/** French spreadsheets save CSV with semicolons; the header shows which separator the file uses. */
function delimiterOf(content: string): string {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const count = (separator: string) => firstLine.split(separator).length - 1;
  const candidates = [',', ';', '\t'];
  return candidates.reduce((best, candidate) =>
    count(candidate) > count(best) ? candidate : best,
  );
}

function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function readHeader(
  header: string[],
): { indexOf: Map<ImportColumn, number> } | { errors: ImportProblem[] } {
  const indexOf = new Map<ImportColumn, number>();
  const errors: ImportProblem[] = [];
  const known = new Set<string>(importColumns);
  header.forEach((raw, index) => {
    const key = columnKey(raw);
    if (key === '') return;
    if (!known.has(key)) {
      errors.push({
        row: 1,
        message: `Row 1: the column '${raw}' is not one Opale reads; the columns are: ${importColumns.join(', ')}.`,
      });
    } else if (indexOf.has(key as ImportColumn)) {
      errors.push({ row: 1, message: `Row 1: the column '${raw}' appears twice; keep one.` });
    } else {
      indexOf.set(key as ImportColumn, index);
    }
  });
  const missing = requiredColumns.filter((column) => !indexOf.has(column));
  if (missing.length > 0) {
    errors.push({
      row: 1,
      message:
        `Row 1: the file has no column ${missing.map((c) => `'${c}'`).join(', ')}. ` +
        `The first row must name the columns: ${importColumns.join(', ')} (the last five may be left out).`,
    });
  }
  return errors.length > 0 ? { errors } : { indexOf };
}

/** Case, accents and spacing do not matter when a person types a name. */
function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_'’-]+/g, ' ')
    .trim();
}

function siteFinder(sites: Entry<Site>[]) {
  const byName = new Map<string, Entry<Site>[]>();
  for (const site of sites) {
    const key = comparable(site.fields.name ?? site.id);
    byName.set(key, [...(byName.get(key) ?? []), site]);
  }
  const names = sites
    .map((site) => site.fields.name ?? site.id)
    .sort((a, b) => a.localeCompare(b, 'fr'));
  return { find: (name: string) => byName.get(comparable(name)) ?? [], names };
}

const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** English and French two-letter codes, short and full names, as people write them. */
const dayWords: Record<string, (typeof dayCodes)[number]> = {};
(
  [
    ['MO', 'mo', 'mon', 'monday', 'lu', 'lun', 'lundi'],
    ['TU', 'tu', 'tue', 'tues', 'tuesday', 'ma', 'mar', 'mardi'],
    ['WE', 'we', 'wed', 'wednesday', 'me', 'mer', 'mercredi'],
    ['TH', 'th', 'thu', 'thur', 'thurs', 'thursday', 'je', 'jeu', 'jeudi'],
    ['FR', 'fr', 'fri', 'friday', 've', 'ven', 'vendredi'],
    ['SA', 'sa', 'sat', 'saturday', 'sam', 'samedi'],
    ['SU', 'su', 'sun', 'sunday', 'di', 'dim', 'dimanche'],
  ] as const
).forEach(([code, ...words]) => words.forEach((word) => (dayWords[word] = code)));
const everyDay = new Set(['daily', 'every day', 'everyday', 'tous les jours', 'quotidien']);

function readDays(value: string, problems: string[]): string | null {
  if (value === '') {
    problems.push('the days are missing; write them like MO,WE,FR (or daily).');
    return null;
  }
  if (/FREQ\s*=/i.test(value)) {
    const rule = value
      .replace(/^RRULE:/i, '')
      .replace(/\s+/g, '')
      .toUpperCase();
    const check = checkRule(rule);
    if (!check.ok) {
      problems.push(`the recurrence '${value}' cannot be used: ${check.message}`);
      return null;
    }
    return rule;
  }
  if (everyDay.has(comparable(value))) return 'FREQ=DAILY';
  const words = comparable(value)
    .split(/[\s,;/+&]+/)
    .filter((word) => word !== '' && word !== 'et' && word !== 'and');
  const unknown = words.filter((word) => dayWords[word] === undefined);
  if (unknown.length > 0 || words.length === 0) {
    problems.push(
      `'${value}' are not days of the week; write them like MO,TU,WE,TH,FR,SA,SU (or LU,MA,ME,JE,VE,SA,DI, or daily, or an RRULE such as FREQ=WEEKLY;BYDAY=MO,TH).`,
    );
    return null;
  }
  const chosen = new Set(words.map((word) => dayWords[word]!));
  return `FREQ=WEEKLY;BYDAY=${dayCodes.filter((code) => chosen.has(code)).join(',')}`;
}

function readTime(value: string, label: string, problems: string[]): string | null {
  const match = /^(\d{1,2})(?:[:hH.](\d{2})?)?$/.exec(value);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2] ?? '0') : NaN;
  if (value === '') {
    problems.push(`the ${label} time is missing; write it like 09:30.`);
    return null;
  }
  if (!match || hours > 23 || minutes > 59) {
    problems.push(`the ${label} time '${value}' is not a time of day; write it like 09:30.`);
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function readDate(value: string, label: string, problems: string[]): string | null {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const date = french
    ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`
    : value;
  if (!isLocalDate(date)) {
    problems.push(
      `the ${label} date '${value}' is not a date; write it like 2026-11-30 or 30/11/2026.`,
    );
    return null;
  }
  return date;
}

function readQuantity(value: string, problems: string[]): number | null {
  if (value === '') return null;
  const digits = value.replace(/[\s\u00a0\u202f]/g, '');
  const quantity = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(quantity) || quantity > maxQuantity) {
    problems.push(
      `the expected quantity '${value}' is not a whole number (from 0 to ${maxQuantity}); leave it empty if not known.`,
    );
    return null;
  }
  return quantity;
}

const yes = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'public', 'publique']);
const no = new Set(['no', 'n', 'false', '0', 'non', 'internal', 'interne', 'private', 'prive']);

function readPublic(value: string, problems: string[]): boolean {
  const word = comparable(value);
  if (word === '' || no.has(word)) return false;
  if (yes.has(word)) return true;
  problems.push(
    `'${value}' in the column public is neither yes nor no; write yes to show the distribution in the public Arrival Guide, no (or nothing) to keep it to members.`,
  );
  return false;
}

function readServiceType(value: string, problems: string[]): string | null {
  if (value === '') {
    problems.push('the service type is missing; write a code such as meal or drinking_water.');
    return null;
  }
  const wanted = comparable(value);
  const found = serviceTypes.find(
    (type) =>
      comparable(type.code) === wanted ||
      comparable(type.name.en) === wanted ||
      comparable(type.name.fr) === wanted,
  );
  if (!found) {
    problems.push(
      `the service type '${value}' is not one Opale knows; use one of ${serviceTypes.map((t) => t.code).join(', ')} (or its French or English name).`,
    );
    return null;
  }
  return found.code;
}

function readRow(
  cell: (name: ImportColumn) => string,
  sites: ReturnType<typeof siteFinder>,
  today: string,
  problems: string[],
): Omit<ImportedSeries, 'row'> | null {
  const serviceType = readServiceType(cell('service_type'), problems);
  const rrule = readDays(cell('days'), problems);
  const startTime = readTime(cell('start'), 'start', problems);
  const endTime = readTime(cell('end'), 'end', problems);
  if (startTime && endTime && startTime === endTime) {
    problems.push(`it starts and ends at ${startTime}; give the time it ends.`);
  }
  const validFrom =
    cell('valid_from') === '' ? today : readDate(cell('valid_from'), 'first', problems);
  const validUntil =
    cell('valid_until') === '' ? null : readDate(cell('valid_until'), 'last', problems);
  if (validFrom && validUntil && validUntil < validFrom) {
    problems.push(`it ends (${validUntil}) before it begins (${validFrom}).`);
  }
  const expectedQuantity = readQuantity(cell('expected_quantity'), problems);
  const isPublic = readPublic(cell('public'), problems);
  const notes = cell('notes');
  if (notes.length > maxNotes) {
    problems.push(`the notes are ${notes.length} characters long; keep them under ${maxNotes}.`);
  }

  const siteName = cell('site');
  let site: Entry<Site> | null = null;
  if (siteName === '') {
    problems.push('the site is missing; write the name of a site of this platform.');
  } else {
    const matches = sites.find(siteName);
    const list =
      sites.names.length > 0
        ? `the sites are: ${sites.names.join(', ')}.`
        : 'this platform has no sites yet; a coordinator adds them first.';
    if (matches.length === 0) {
      problems.push(`the site '${siteName}' does not exist on this platform; ${list}`);
    } else if (matches.length > 1) {
      problems.push(
        `${matches.length} sites are called '${siteName}'; ask a coordinator to rename one.`,
      );
    } else {
      site = matches[0]!;
      const firstDay = validFrom ?? today;
      const period = {
        activeFrom: site.fields.activeFrom ?? null,
        activeUntil: site.fields.activeUntil ?? null,
      };
      if (siteStatusOn(period, firstDay) === 'closed') {
        problems.push(
          `the site '${site.fields.name}' closed on ${site.fields.activeUntil}; choose a site in use.`,
        );
      }
    }
  }

  if (
    problems.length > 0 ||
    !site ||
    !serviceType ||
    !rrule ||
    !startTime ||
    !endTime ||
    !validFrom
  ) {
    return null;
  }
  return {
    siteId: site.id,
    siteName: site.fields.name ?? site.id,
    serviceType,
    rrule,
    startTime,
    endTime,
    validFrom,
    validUntil,
    expectedQuantity,
    public: isPublic,
    notes: notes === '' ? null : notes,
  };
}

function periodsMeet(
  a: { validFrom: string; validUntil: string | null },
  b: { validFrom: string; validUntil: string | null },
): boolean {
  return (
    (a.validUntil === null || a.validUntil >= b.validFrom) &&
    (b.validUntil === null || b.validUntil >= a.validFrom)
  );
}

/** The same distribution twice (same site, service, days and times, in periods that meet). */
function duplicateOf(
  read: Omit<ImportedSeries, 'row'>,
  earlier: ImportedSeries[],
  existing: Entry<Series>[],
): string | null {
  const same = (other: Omit<Series, 'notes' | 'public' | 'expectedQuantity'>) =>
    other.siteId === read.siteId &&
    other.serviceType === read.serviceType &&
    // Board entries are written field by field: an older one may lack a field.
    String(other.rrule ?? '')
      .replace(/^RRULE:/i, '')
      .toUpperCase() === read.rrule &&
    other.startTime === read.startTime &&
    other.endTime === read.endTime &&
    periodsMeet(other, read);
  const repeated = earlier.find(same);
  if (repeated) return `it repeats row ${repeated.row}; keep one of them.`;
  if (existing.some((entry) => same(entry.fields))) {
    return 'this distribution is already on the schedule (same site, service, days and times); remove the row, or change the existing series instead.';
  }
  return null;
}
