/**
 * The reports of this platform waiting on this device, for the incident screens: each with its
 * state (waiting, sending, refused with the server's words), what to do about it, and the moment
 * each one goes ("sent", with a link to the report).
 */
import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { OfflineIcon } from '@/components/ui/icons';
import { formatDateTime } from '@/lib/format';
import type { OutboxState } from '@/lib/incident-outbox/outbox-store';
import { useIncidentOutbox } from '@/lib/incident-outbox/use-incident-outbox';

const tones: Record<OutboxState, BadgeTone> = {
  waiting: 'warning',
  sending: 'brand',
  failed: 'danger',
};

export interface IncidentOutboxPanelProps {
  platform: string;
  /** Also list the reports sent while this tab was open (the "sent" moment). Default true. */
  showSent?: boolean;
}

export function IncidentOutboxPanel({ platform, showSent = true }: IncidentOutboxPanelProps) {
  const { t, i18n } = useTranslation('incidents');
  const { items, sent, retry, remove } = useIncidentOutbox(platform);
  const [removing, setRemoving] = useState<string | null>(null);
  const recent = showSent ? sent.slice(0, 3) : [];
  if (items.length === 0 && recent.length === 0) return null;

  return (
    <section
      aria-labelledby="incident-outbox-title"
      className="mb-6 rounded-xl border border-amber-300 bg-amber-50/60 p-4"
    >
      <div role="status" aria-live="polite">
        {recent.length > 0 ? (
          <ul className="mb-3 space-y-2">
            {recent.map((report) => (
              <li
                key={report.key}
                className="flex flex-wrap items-center gap-2 rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-green-950"
              >
                <span className="flex-1 font-medium">
                  ✓{' '}
                  {t('form.outbox.sentItem', {
                    type: t(`common.types.${report.type}`),
                    date: formatDateTime(report.occurredAt, i18n.language),
                  })}
                </span>
                <Link
                  to={`/${platform}/incidents/${report.incidentId}`}
                  className={buttonClasses('ghost', undefined, 'sm')}
                >
                  {t('form.outbox.open')}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {items.length > 0 ? (
        <>
          <h2 id="incident-outbox-title" className="flex items-center gap-2 text-lg font-bold">
            <OfflineIcon aria-hidden="true" />
            {t('form.outbox.title', { count: items.length })}
          </h2>
          <p className="mb-3 text-slate-800">{t('form.outbox.lead')}</p>
          <ul className="space-y-3">
            {items.map((item) => (
              <li key={item.key} className="rounded-lg border border-slate-300 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="flex-1 font-medium">
                    {t('form.outbox.summary', {
                      type: t(`common.types.${item.type}`),
                      date: formatDateTime(item.occurredAt, i18n.language),
                      commune: item.commune,
                    })}
                  </span>
                  <Badge tone={tones[item.state]}>{t(`form.outbox.states.${item.state}`)}</Badge>
                </div>
                {item.attachments > 0 ? (
                  <p className="text-sm text-slate-700">
                    {t('form.outbox.attachments', { count: item.attachments })}
                  </p>
                ) : null}
                {item.error ? (
                  <p
                    className={
                      item.state === 'failed'
                        ? 'mt-1 font-medium text-red-800'
                        : 'mt-1 text-sm text-slate-700'
                    }
                  >
                    {item.error}
                  </p>
                ) : null}
                <div className="mt-2 flex flex-wrap gap-2">
                  {/* Correcting is safe at any moment: the sender never takes a later correction as sent. */}
                  <Link
                    to={`/${platform}/incidents/new?outbox=${item.key}`}
                    className={buttonClasses(
                      item.state === 'failed' ? 'primary' : 'secondary',
                      undefined,
                      'sm',
                    )}
                  >
                    {t('form.outbox.fix')}
                  </Link>
                  {item.state === 'failed' ? (
                    <>
                      <Button variant="secondary" size="sm" onClick={() => void retry(item.key)}>
                        {t('form.outbox.retry')}
                      </Button>
                      <Button
                        variant="dangerOutline"
                        size="sm"
                        onClick={() => setRemoving(item.key)}
                      >
                        {t('form.outbox.remove')}
                      </Button>
                    </>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <h2 id="incident-outbox-title" className="sr-only">
          {t('form.outbox.sentTitle')}
        </h2>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('form.outbox.removeTitle')}
        body={t('form.outbox.removeBody')}
        confirmLabel={t('form.outbox.remove')}
        cancelLabel={t('form.outbox.cancel')}
        onConfirm={() => {
          if (removing) void remove(removing);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
