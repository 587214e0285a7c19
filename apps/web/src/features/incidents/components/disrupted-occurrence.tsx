/** The distribution a report says it disrupted, named from the schedule board (site, service, date). */
import { useTranslation } from 'react-i18next';
import { serviceTypeName } from '@/components/service-type-label';
import { Section } from '@/components/ui/page';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { IncidentNames } from '../hooks/use-incident-names';
import { linkedOccurrenceView } from '../utils/linked-occurrence';

export function DisruptedOccurrence({
  link,
  names,
}: {
  link: { seriesId: string; date: string };
  names: IncidentNames;
}) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  let body;
  if (!names.scheduleReady) {
    body = <p className="text-slate-700">{t('list.page.occurrence.loading')}</p>;
  } else {
    const view = linkedOccurrenceView(names.schedule.source, link);
    if (view.kind === 'gone') {
      body = (
        <p className="text-slate-800">
          {t('list.page.occurrence.unknown', { date: formatDay(view.date, locale) })}
        </p>
      );
    } else {
      const fields =
        view.kind === 'found'
          ? {
              siteId: view.occurrence.siteId,
              serviceType: view.occurrence.serviceType,
              organisationId: view.occurrence.organisationId,
              date: view.occurrence.date,
              time: `${view.occurrence.startTime}–${view.occurrence.endTime}`,
            }
          : { ...view, time: null };
      body = (
        <div className="rounded-xl border border-slate-300 bg-white p-3">
          <p className="font-semibold text-slate-950">
            {t('list.page.occurrence.what', {
              service: serviceTypeName(fields.serviceType),
              site: names.siteName(fields.siteId),
            })}
          </p>
          <p className="text-slate-800">
            {t('list.page.occurrence.on', { date: formatDay(fields.date, locale) })}
            {fields.time ? ` · ${fields.time}` : null}
          </p>
          <p className="text-sm text-slate-700">
            {t('list.page.occurrence.by', {
              organisation: names.organisationName(fields.organisationId),
            })}
          </p>
        </div>
      );
    }
  }
  return <Section title={t('list.page.occurrence.heading')}>{body}</Section>;
}
