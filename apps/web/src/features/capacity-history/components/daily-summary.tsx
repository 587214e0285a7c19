/**
 * A platform's last week on the capacity board, day by day: how many readings, how many services
 * were confirmed, full at some point, or never confirmed; by service type on request. Standalone,
 * so that the board's route can show it too.
 */
import { useTranslation } from 'react-i18next';
import { serviceTypeName } from '@/components/service-type-label';
import { Button } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { formatWeekdayDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useDailySummary, type DaySummary } from '../api/use-daily-summary';

export interface DailySummaryProps {
  platform: string;
  platformName: string;
}

const cell = 'px-3 py-2 text-right tabular-nums';

export function DailySummary({ platform, platformName }: DailySummaryProps) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const summary = useDailySummary(platform);
  const today = parisDay(new Date());
  const dayName = (date: string) =>
    date === today ? t('history.summary.today') : formatWeekdayDay(date, locale);

  let body;
  if (summary.isPending) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (summary.isError) {
    body = (
      <div className="space-y-2">
        <ErrorMessage>{describeError(summary.error)}</ErrorMessage>
        <Button variant="secondary" onClick={() => void summary.refetch()}>
          {tc('common.retry')}
        </Button>
      </div>
    );
  } else if ((summary.data.days[0]?.services ?? 0) === 0) {
    body = <p className="text-slate-700">{t('history.summary.empty')}</p>;
  } else {
    // Newest first, as people ask about today and yesterday first.
    const days = [...summary.data.days].reverse();
    body = (
      <div className="space-y-3">
        <p className="text-slate-700">{t('history.summary.lead')}</p>
        <div className="overflow-x-auto rounded-xl border border-slate-300 bg-white">
          <table className="w-full text-left">
            <thead className="bg-slate-50 text-sm">
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-3 py-2">
                  {t('history.summary.day')}
                </th>
                <CountHeadings />
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.date} className="border-b border-slate-200 last:border-0">
                  <th scope="row" className="px-3 py-2 font-semibold whitespace-nowrap">
                    {dayName(day.date)}
                  </th>
                  <Counts counts={day} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details className="rounded-lg border border-slate-300 bg-white">
          <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-brand-800">
            {t('history.summary.byType')}
          </summary>
          <div className="overflow-x-auto pb-2">
            <table className="w-full text-left">
              <thead className="text-sm">
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-3 py-2">
                    {t('history.summary.day')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('history.summary.type')}
                  </th>
                  <CountHeadings />
                </tr>
              </thead>
              <tbody>
                {days.flatMap((day) =>
                  day.byType.map((type, index) => (
                    <tr
                      key={`${day.date} ${type.serviceType}`}
                      className="border-b border-slate-200 last:border-0"
                    >
                      {index === 0 ? (
                        <th
                          scope="rowgroup"
                          rowSpan={day.byType.length}
                          className="px-3 py-2 align-top font-semibold whitespace-nowrap"
                        >
                          {dayName(day.date)}
                        </th>
                      ) : null}
                      <th scope="row" className="px-3 py-2 font-normal">
                        {serviceTypeName(type.serviceType)}
                      </th>
                      <Counts counts={type} />
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      </div>
    );
  }

  return <Section title={t('history.summary.heading', { platform: platformName })}>{body}</Section>;
}

function CountHeadings() {
  const { t } = useTranslation('capacity');
  return (
    <>
      <th scope="col" className="px-3 py-2 text-right">
        {t('history.summary.services')}
      </th>
      <th scope="col" className="px-3 py-2 text-right">
        {t('history.summary.readings')}
      </th>
      <th scope="col" className="px-3 py-2 text-right">
        {t('history.summary.confirmed')}
      </th>
      <th scope="col" className="px-3 py-2 text-right">
        {t('history.summary.full')}
      </th>
      <th scope="col" className="px-3 py-2 text-right">
        {t('history.summary.neverConfirmed')}
      </th>
    </>
  );
}

function Counts({ counts }: { counts: Omit<DaySummary, 'date' | 'byType'> }) {
  return (
    <>
      <td className={cell}>{counts.services}</td>
      <td className={cell}>{counts.readings}</td>
      <td className={cell}>{counts.confirmed}</td>
      <td className={cell}>{counts.full}</td>
      <td className={cell}>{counts.neverConfirmed}</td>
    </>
  );
}
