import { auditActions, type AuditAction } from '@opale/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAuditPage, type AuditEvent, type AuditFilters } from '../api/use-audit-page';
import { usePlatformMembers } from '../api/use-platform-members';
import { auditDetailParts } from '../utils/audit-detail';

const noFilters: AuditFilters = {};

export function AuditScreen({ platform }: { platform: string }) {
  const { t } = useTranslation();
  const members = usePlatformMembers(platform);
  const [filters, setFilters] = useState<AuditFilters>(noFilters);
  // One cursor per page shown; "older" appends the next one.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const people = new Map((members.data ?? []).map((m) => [m.userId, m.name]));

  function setFilter<K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | '') {
    setFilters((current) => {
      const next = { ...current };
      if (value === '' || value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    setCursors([undefined]);
  }

  const filtered = Object.keys(filters).length > 0;

  return (
    <Page title={t('audit.title')}>
      <form
        aria-label={t('audit.filters')}
        className="mb-6 grid gap-4 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('audit.action')}
          value={filters.action ?? ''}
          onChange={(e) => setFilter('action', e.target.value as AuditAction | '')}
        >
          <option value="">{t('audit.allActions')}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {t(`auditActions.${action}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('audit.person')}
          value={filters.actorId ?? ''}
          onChange={(e) => setFilter('actorId', e.target.value)}
        >
          <option value="">{t('audit.everyone')}</option>
          {(members.data ?? []).map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.organisationName})
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('audit.from')}
          type="date"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(e) => setFilter('from', e.target.value)}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(e) => setFilter('to', e.target.value)}
        />
        {filtered ? (
          <div className="sm:col-span-2 lg:col-span-4">
            <Button
              variant="ghost"
              onClick={() => {
                setFilters(noFilters);
                setCursors([undefined]);
              }}
            >
              {t('audit.clear')}
            </Button>
          </div>
        ) : null}
      </form>

      <ol className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-300 bg-white">
        {cursors.map((before, index) => (
          <AuditPage
            key={before ?? 'newest'}
            platform={platform}
            filters={filters}
            before={before}
            isLast={index === cursors.length - 1}
            isFirst={index === 0}
            people={people}
            onOlder={(next) => setCursors((current) => [...current, next])}
          />
        ))}
      </ol>
    </Page>
  );
}

interface AuditPageProps {
  platform: string;
  filters: AuditFilters;
  before: number | undefined;
  isFirst: boolean;
  isLast: boolean;
  people: Map<string, string>;
  onOlder: (before: number) => void;
}

function AuditPage({
  platform,
  filters,
  before,
  isFirst,
  isLast,
  people,
  onOlder,
}: AuditPageProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const page = useAuditPage(platform, filters, before);

  if (page.isPending) {
    return (
      <li className="px-4">
        <LoadingState label={t('common.loading')} />
      </li>
    );
  }
  if (page.isError) {
    return (
      <li className="p-4">
        <ErrorMessage>{describeError(page.error)}</ErrorMessage>
        <Button variant="secondary" className="mt-2" onClick={() => void page.refetch()}>
          {t('common.retry')}
        </Button>
      </li>
    );
  }

  const { events, nextBefore } = page.data;
  return (
    <>
      {isFirst && events.length === 0 ? (
        <li className="p-4 text-slate-700">{t('audit.empty')}</li>
      ) : null}
      {events.map((event) => (
        <AuditRow key={event.id} event={event} people={people} />
      ))}
      {isLast && (events.length > 0 || !isFirst) ? (
        <li className="p-4">
          {nextBefore !== undefined ? (
            <Button
              variant="secondary"
              onClick={() => onOlder(nextBefore)}
              disabled={page.isPlaceholderData}
            >
              {t('audit.older')}
            </Button>
          ) : (
            <p className="text-slate-700">{t('audit.end')}</p>
          )}
        </li>
      ) : null}
    </>
  );
}

function AuditRow({ event, people }: { event: AuditEvent; people: Map<string, string> }) {
  const { t } = useTranslation();
  const target =
    event.targetType === 'user' && event.targetId && event.targetId !== event.actorId
      ? people.get(event.targetId)
      : undefined;
  const details = auditDetailParts(event.action, event.detail).map((part) => {
    switch (part.key) {
      case 'audit.details.roleChange':
        return t(part.key, { from: t(`roles.${part.from}`), to: t(`roles.${part.to}`) });
      case 'audit.details.role':
        return t(part.key, { role: t(`roles.${part.role}`) });
      case 'audit.details.email':
        return t(part.key, { email: part.email });
      case 'audit.details.name':
        return t(part.key, { name: part.name });
      case 'audit.details.sessions':
        return t(part.key, { count: part.count });
      case 'audit.details.newAccount':
        return t(part.key);
    }
  });
  return (
    <li className="grid gap-1 p-4 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <time dateTime={event.at} className="text-sm text-slate-700">
        {formatDateTime(event.at, currentLocale())}
      </time>
      <div className="min-w-0">
        <p className="font-semibold text-slate-950">
          {t(`auditActions.${event.action}`)}
          {target ? <span className="font-normal"> — {target}</span> : null}
        </p>
        <p className="text-slate-800">
          {event.actorName ?? t('audit.unknownPerson')}
          {details.length > 0 ? (
            <span className="text-slate-700"> · {details.join(' · ')}</span>
          ) : null}
        </p>
        {event.ip ? (
          <p className="text-sm text-slate-700">{t('audit.ip', { ip: event.ip })}</p>
        ) : null}
      </div>
    </li>
  );
}
