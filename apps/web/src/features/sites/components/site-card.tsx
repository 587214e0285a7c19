import { siteStatusOn, type Entry, type Site } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MapPinIcon } from '@/components/ui/icons';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { PresentPerson } from '@/lib/live-board/presence';
import { periodWording } from '../utils/site-draft';

const statusTones: Record<ReturnType<typeof siteStatusOn>, BadgeTone> = {
  active: 'success',
  upcoming: 'brand',
  closed: 'neutral',
};

export interface SiteCardProps {
  site: Entry<Site>;
  today: string;
  /** People editing this site right now. */
  editors: readonly PresentPerson[];
  /** Absent for people who may only read. */
  onEdit?: () => void;
  onClose?: () => void;
}

export function SiteCard({ site, today, editors, onEdit, onClose }: SiteCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { fields } = site;
  const status = siteStatusOn(fields, today);
  const day = (value: string | null) => (value ? formatDay(value, locale) : '');
  const period = t(`sites.period.${periodWording(fields, today)}`, {
    from: day(fields.activeFrom),
    until: day(fields.activeUntil),
  });

  return (
    <li className="rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold break-words text-slate-950">{fields.name}</h3>
          {fields.area ? <p className="text-slate-700">{fields.area}</p> : null}
        </div>
        <Badge tone={statusTones[status]}>{t(`sites.status.${status}`)}</Badge>
      </div>
      {fields.description ? (
        <p className="mt-2 break-words whitespace-pre-line text-slate-800">{fields.description}</p>
      ) : null}
      {fields.locationText ? (
        <p className="mt-2 flex items-start gap-1.5 break-words text-slate-800">
          <MapPinIcon className="mt-0.5 size-5 shrink-0 text-slate-600" />
          {fields.locationText}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">{period}</p>
      {editors.map((person) => (
        <p key={person.key} className="mt-2 text-sm font-medium text-brand-800">
          {t('sites.editing', { name: person.name })}
        </p>
      ))}
      {onEdit || onClose ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {onEdit ? (
            <Button variant="secondary" size="sm" onClick={onEdit}>
              {t('sites.edit')}
              <span className="sr-only"> {fields.name}</span>
            </Button>
          ) : null}
          {onClose ? (
            <Button variant="dangerOutline" size="sm" onClick={onClose}>
              {t('sites.close')}
              <span className="sr-only"> {fields.name}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
