/**
 * A schedule imported from a CSV file or pasted text: checked by the server row by row, shown as
 * a table or as the list of problems, then imported in one go when nothing is wrong. The board
 * is live: the new series appear on the screen by themselves.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceTypeName } from '@/components/service-type-label';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { formatDay, formatList, weekdayNames } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { OrganisationName } from '@/lib/schedule/organisation-names';
import { useDescribeError } from '@/lib/use-describe-error';
import { useApplyImport, usePreviewImport, type ImportReading } from '../api/use-schedule-import';
import { recurrenceWording } from '../utils/series-draft';

const columns = [
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
];
const exampleLine = 'Site Nord,meal,"MO,TH",12:00,13:30,2026-12-01,,150,yes,';
const exampleFile = `${columns.join(',')}\n${exampleLine}\n`;

export function ScheduleImport({
  platform,
  organisations,
}: {
  platform: string;
  /** Those whose series this person may write, their own first. */
  organisations: readonly OrganisationName[];
}) {
  const { t } = useTranslation('schedule');
  const describeError = useDescribeError();
  const locale = currentLocale();
  const preview = usePreviewImport();
  const apply = useApplyImport();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [csv, setCsv] = useState('');
  const [reading, setReading] = useState<ImportReading | null>(null);
  const [status, setStatus] = useState('');

  function changed(text: string) {
    setCsv(text);
    setReading(null);
    setStatus('');
  }

  async function readFile(file: File | undefined) {
    if (file) changed(await file.text());
  }

  function check(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    apply.reset();
    preview.mutate({ platform, organisationId, csv }, { onSuccess: setReading });
  }

  function importAll() {
    const name = organisations.find((o) => o.id === organisationId)?.name ?? '';
    apply.mutate(
      { platform, organisationId, csv },
      {
        onSuccess: (result) => {
          if (!result.applied) {
            setReading({ series: [], errors: result.errors });
            return;
          }
          setReading(null);
          setCsv('');
          setStatus(
            t('importCsv.imported', { count: result.seriesIds.length, organisation: name }),
          );
        },
      },
    );
  }

  const days = weekdayNames(locale, 'short');
  function rhythm(rule: string): string {
    const wording = recurrenceWording(rule);
    if (wording.kind === 'everyDay') return t('recurrence.everyDay');
    if (wording.kind === 'weekdays') {
      return formatList(
        wording.weekdays.map((d) => days[d] ?? ''),
        locale,
      );
    }
    return t('recurrence.rule', { rule: wording.rule });
  }

  const count = reading?.series.length ?? 0;
  const canImport = reading !== null && reading.errors.length === 0 && count > 0;

  return (
    <div className="space-y-4">
      <p className="text-slate-800">{t('importCsv.lead')}</p>
      <div className="text-sm text-slate-800">
        <p>{t('importCsv.help', { columns: columns.join(', ') })}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs">
          {`${columns.join(',')}\n${exampleLine}`}
        </pre>
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(exampleFile)}`}
          download="opale-schedule-example.csv"
          className="mt-1 inline-block text-brand-800 underline"
        >
          {t('importCsv.exampleFile')}
        </a>
      </div>
      <form onSubmit={check} className="space-y-3">
        {organisations.length > 1 ? (
          <SelectField
            label={t('importCsv.organisation')}
            value={organisationId}
            onChange={(e) => {
              setOrganisationId(e.target.value);
              setReading(null);
            }}
          >
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          type="file"
          accept=".csv,text/csv,text/plain"
          label={t('importCsv.file')}
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <TextAreaField
          label={t('importCsv.paste')}
          rows={5}
          spellCheck={false}
          value={csv}
          onChange={(e) => changed(e.target.value)}
        />
        <Button
          type="submit"
          variant="secondary"
          disabled={csv.trim() === '' || preview.isPending}
          aria-busy={preview.isPending}
        >
          {preview.isPending ? t('importCsv.checking') : t('importCsv.check')}
        </Button>
      </form>
      <ErrorMessage>
        {preview.isError
          ? describeError(preview.error)
          : apply.isError
            ? describeError(apply.error)
            : null}
      </ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {reading && reading.errors.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="mb-1 font-semibold">
            {t('importCsv.errorsHeading', { count: reading.errors.length })}
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {reading.errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reading && reading.errors.length === 0 && count === 0 ? (
        <p className="text-slate-800">{t('importCsv.empty')}</p>
      ) : null}
      {reading && reading.errors.length === 0 && count > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">
              {t('importCsv.previewCaption')}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-1">
                  {t('importCsv.columns.row')}
                </th>
                <th scope="col" className="p-1">
                  {t('importCsv.columns.site')}
                </th>
                <th scope="col" className="p-1">
                  {t('importCsv.columns.service')}
                </th>
                <th scope="col" className="p-1">
                  {t('importCsv.columns.days')}
                </th>
                <th scope="col" className="p-1">
                  {t('importCsv.columns.time')}
                </th>
                <th scope="col" className="p-1">
                  {t('importCsv.columns.period')}
                </th>
              </tr>
            </thead>
            <tbody>
              {reading.series.map((series) => (
                <tr key={series.row} className="border-b border-slate-200">
                  <td className="p-1">{series.row}</td>
                  <td className="p-1">{series.siteName}</td>
                  <td className="p-1">{serviceTypeName(series.serviceType)}</td>
                  <td className="p-1">{rhythm(series.rrule)}</td>
                  <td className="p-1 whitespace-nowrap">
                    {series.startTime}–{series.endTime}
                  </td>
                  <td className="p-1">
                    {series.validUntil
                      ? t('importCsv.fromTo', {
                          from: formatDay(series.validFrom, locale),
                          until: formatDay(series.validUntil, locale),
                        })
                      : t('importCsv.fromOn', { from: formatDay(series.validFrom, locale) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canImport ? (
        <Button onClick={importAll} disabled={apply.isPending} aria-busy={apply.isPending}>
          {t('importCsv.apply', { count })}
        </Button>
      ) : null}
    </div>
  );
}
