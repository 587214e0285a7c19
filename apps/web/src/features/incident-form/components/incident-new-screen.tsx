/**
 * Recording an incident, online or not: the report always goes into the outbox on this device
 * first, and the sender takes it from there (at once when there is a connection). Coming from a
 * disrupted distribution, the form starts from that occurrence and links to it.
 */
import { docNameOf, siteStatusOn, type IncidentDraft } from '@opale/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { IncidentOutboxPanel } from '@/components/incident-outbox-panel';
import { serviceTypeName } from '@/components/service-type-label';
import { Button, buttonClasses } from '@/components/ui/button';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDay, parisDay } from '@/lib/format';
import type { OutboxAttachment } from '@/lib/incident-outbox/outbox-store';
import { useIncidentOutbox } from '@/lib/incident-outbox/use-incident-outbox';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOnline } from '@/lib/online';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { rememberCommune, rememberedCommune } from '../hooks/remembered-commune';
import {
  draftFromForm,
  emptyFormValues,
  formValuesOf,
  type FormErrors,
  type IncidentFormValues,
} from '../utils/form-draft';
import {
  disruptedDistributionTypes,
  linkOccurrence,
  occurrenceFromSearch,
} from '../utils/occurrence-link';
import { AttachmentPicker } from './attachment-picker';
import { IncidentForm } from './incident-form';

export interface IncidentNewScreenProps {
  platform: string;
}

function decimalSeparatorOf(language: string): ',' | '.' {
  return language.startsWith('fr') ? ',' : '.';
}

function freshValues(platform: string, search: URLSearchParams): IncidentFormValues {
  const values = emptyFormValues(new Date(), rememberedCommune(platform));
  const occurrence = occurrenceFromSearch(search);
  return occurrence ? { ...values, occurrence, date: occurrence.date } : values;
}

export function IncidentNewScreen({ platform }: IncidentNewScreenProps) {
  const { t, i18n } = useTranslation('incidents');
  const [search, setSearch] = useSearchParams();
  const online = useOnline();
  const outbox = useIncidentOutbox(platform);
  const runtime = outbox.outbox;
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { source, sites, siteNames } = useSchedule(live.snapshot);

  // The report's idempotency key: made once when the form opens, kept with the draft.
  const [key, setKey] = useState<string>(() => crypto.randomUUID());
  const [values, setValues] = useState(() => freshValues(platform, search));
  const [attachments, setAttachments] = useState<OutboxAttachment[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(0);

  // From a disrupted distribution: its site and start time, once the board is on the device.
  const link = useMemo(
    () => (values.occurrence ? linkOccurrence(source, values.occurrence) : null),
    [source, values.occurrence],
  );
  const linkApplied = useRef(false);
  useEffect(() => {
    if (!link || linkApplied.current) return;
    linkApplied.current = true;
    setValues((current) => ({
      ...current,
      siteId: current.siteId || link.siteId,
      time: link.occurrence.date === current.date ? link.startTime : current.time,
    }));
  }, [link]);

  // `?outbox=<key>`: a report waiting or refused on this device, opened to be corrected.
  const outboxKey = search.get('outbox');
  const [outboxMissing, setOutboxMissing] = useState(false);
  // The report asked for went meanwhile: its id on the server, to change it there.
  const [sentAway, setSentAway] = useState<string | null>(null);
  useEffect(() => {
    if (!outboxKey || !runtime) return;
    let active = true;
    void runtime.get(outboxKey).then(async (report) => {
      if (!active) return;
      if (!report || report.platform !== platform) {
        const trace = await runtime.sentTrace(outboxKey);
        if (!active) return;
        setSentAway(trace?.platform === platform ? trace.incidentId : null);
        setOutboxMissing(true);
        return;
      }
      linkApplied.current = true;
      setOutboxMissing(false);
      setSentAway(null);
      setKey(report.key);
      setValues(formValuesOf(report.draft, decimalSeparatorOf(i18n.language)));
      setAttachments(report.attachments);
      setSubmitted(null);
      setErrors({});
      setFormError(null);
    });
    return () => {
      active = false;
    };
  }, [outboxKey, runtime, platform, i18n.language]);

  useEffect(() => {
    if (showErrors === 0) return;
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, [showErrors]);

  const siteChoices = useMemo(
    () =>
      sites
        .filter(
          (site) =>
            site.id === values.siteId ||
            siteStatusOn(site.fields, values.date || parisDay(new Date())) !== 'closed',
        )
        .map((site) => ({ id: site.id, name: site.fields.name }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [sites, values.siteId, values.date, i18n.language],
  );

  const linkText = values.occurrence
    ? link
      ? t('form.linked', {
          service: serviceTypeName(link.serviceType),
          site: siteNames.get(link.siteId) ?? '…',
          date: formatDay(link.occurrence.date, i18n.language),
        })
      : t('form.linkedUnknown', { date: formatDay(values.occurrence.date, i18n.language) })
    : null;

  function startAnother() {
    setKey(crypto.randomUUID());
    setValues(emptyFormValues(new Date(), rememberedCommune(platform)));
    setAttachments([]);
    setErrors({});
    setFormError(null);
    setSubmitted(null);
    linkApplied.current = true;
    if (search.size > 0) setSearch({}, { replace: true });
  }

  async function submit() {
    const result = draftFromForm(values, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('form.fixErrors'));
      setShowErrors((n) => n + 1);
      return;
    }
    if (!runtime) return;
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      const draft: IncidentDraft = result.draft;
      await runtime.save({ key, platform, draft, attachments });
      rememberCommune(platform, draft.commune);
      setSubmitted(key);
      if (outboxKey) setSearch({}, { replace: true });
      window.scrollTo({ top: 0 });
    } catch (error) {
      setFormError(
        t('form.saveFailed', { error: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  }

  const backLink = (
    <Link to={`/${platform}/incidents`} className={buttonClasses('ghost')}>
      {t('form.backToList')}
    </Link>
  );

  if (submitted) {
    const sent = outbox.sent.find((report) => report.key === submitted);
    const waiting = outbox.items.find((item) => item.key === submitted);
    return (
      <Page title={t('form.titleNew')} actions={backLink}>
        <div className="max-w-xl space-y-4">
          {sent || (!waiting && outbox.loaded) ? (
            <StatusMessage>
              <span className="block font-semibold">{t('form.outcome.sent')}</span>
              {sent ? (
                <Link
                  to={`/${platform}/incidents/${sent.incidentId}`}
                  className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                >
                  {t('form.outcome.openReport')}
                </Link>
              ) : null}
            </StatusMessage>
          ) : waiting?.state === 'failed' ? (
            <ErrorMessage>
              <span className="block">
                {t('form.outcome.failed', { error: waiting.error ?? '' })}
              </span>
              <Link
                to={`/${platform}/incidents/new?outbox=${waiting.key}`}
                className="mt-1 inline-flex min-h-11 items-center font-semibold underline"
              >
                {t('form.outcome.fix')}
              </Link>
            </ErrorMessage>
          ) : (
            <StatusMessage>
              {waiting?.state === 'sending' ? t('form.outcome.sending') : t('form.outcome.saved')}
            </StatusMessage>
          )}
          <Button variant="secondary" onClick={startAnother}>
            {t('form.outcome.another')}
          </Button>
        </div>
        <div className="mt-6 max-w-xl">
          <IncidentOutboxPanel platform={platform} showSent={false} />
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('form.titleNew')} lead={t('form.lead')} actions={backLink}>
      <div className="max-w-xl">
        <IncidentOutboxPanel platform={platform} />
        {outboxKey && !outboxMissing ? (
          <StatusMessage className="mb-4">{t('form.fromOutbox')}</StatusMessage>
        ) : null}
        {outboxMissing ? (
          <StatusMessage className="mb-4">
            {sentAway ? (
              <>
                <span className="block">{t('form.outboxSent')}</span>
                <Link
                  to={`/${platform}/incidents/${sentAway}/edit`}
                  className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                >
                  {t('form.outboxSentEdit')}
                </Link>
              </>
            ) : (
              t('form.outboxMissing')
            )}
          </StatusMessage>
        ) : null}
      </div>
      <IncidentForm
        values={values}
        onChange={setValues}
        errors={errors}
        sites={siteChoices}
        linkText={linkText}
        onUnlink={() => setValues((current) => ({ ...current, occurrence: null }))}
        suggestedTypes={values.occurrence ? disruptedDistributionTypes : []}
        attachments={<AttachmentPicker attachments={attachments} onChange={setAttachments} />}
        submitLabel={online ? t('form.submit') : t('form.submitOffline')}
        busy={busy || runtime === null}
        formError={formError}
        onSubmit={() => void submit()}
      />
    </Page>
  );
}
