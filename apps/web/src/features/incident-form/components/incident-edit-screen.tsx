/**
 * Editing a report already on the server: online only (the server decides who may still change
 * it), with the same form and the same checks as recording.
 */
import { docNameOf, siteStatusOn } from '@opale/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClasses } from '@/components/ui/button';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDay } from '@/lib/format';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOnline } from '@/lib/online';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { useTRPC } from '@/lib/trpc';
import { useDescribeError } from '@/lib/use-describe-error';
import {
  draftFromForm,
  formValuesOf,
  type FormErrors,
  type IncidentFormValues,
} from '../utils/form-draft';
import { linkOccurrence } from '../utils/occurrence-link';
import { serviceTypeName } from '@/components/service-type-label';
import { IncidentForm } from './incident-form';

export interface IncidentEditScreenProps {
  platform: string;
  incidentId: string;
}

export function IncidentEditScreen({ platform, incidentId }: IncidentEditScreenProps) {
  const { t, i18n } = useTranslation('incidents');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const describeError = useDescribeError();
  const online = useOnline();
  const query = useQuery(trpc.incident.get.queryOptions({ platform, incidentId }));
  const update = useMutation(trpc.incident.update.mutationOptions());
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { source, sites, siteNames } = useSchedule(live.snapshot);

  const [edited, setEdited] = useState<IncidentFormValues | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const loaded = useMemo(
    () =>
      query.data
        ? formValuesOf(
            { ...query.data, occurrence: query.data.occurrence ?? null },
            i18n.language.startsWith('fr') ? ',' : '.',
          )
        : null,
    [query.data, i18n.language],
  );
  const values = edited ?? loaded;

  const occurrence = values?.occurrence ?? null;
  const link = useMemo(
    () => (occurrence ? linkOccurrence(source, occurrence) : null),
    [source, occurrence],
  );

  const backLink = (
    <Link to={`/${platform}/incidents/${incidentId}`} className={buttonClasses('ghost')}>
      {t('form.backToList')}
    </Link>
  );

  if (!online && !values) {
    return (
      <Page title={t('form.titleEdit')} actions={backLink}>
        <ErrorMessage>{t('form.edit.offline')}</ErrorMessage>
      </Page>
    );
  }
  if (query.isPending) {
    return (
      <Page title={t('form.titleEdit')} actions={backLink}>
        <LoadingState label={t('form.loading')} />
      </Page>
    );
  }
  if (query.isError || !values) {
    return (
      <Page title={t('form.titleEdit')} actions={backLink}>
        <ErrorMessage>{describeError(query.error)}</ErrorMessage>
      </Page>
    );
  }

  const siteChoices = sites
    .filter(
      (site) => site.id === values.siteId || siteStatusOn(site.fields, values.date) !== 'closed',
    )
    .map((site) => ({ id: site.id, name: site.fields.name }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  function submit() {
    if (!values) return;
    setSaved(false);
    if (!online) {
      setFormError(t('form.edit.offline'));
      return;
    }
    const result = draftFromForm(values, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('form.fixErrors'));
      return;
    }
    setErrors({});
    setFormError(null);
    update.mutate(
      { platform, incidentId, draft: result.draft },
      {
        onSuccess: () => {
          setSaved(true);
          setEdited(null);
          void queryClient.invalidateQueries({ queryKey: trpc.incident.pathKey() });
        },
        onError: (error) => setFormError(describeError(error)),
      },
    );
  }

  return (
    <Page title={t('form.titleEdit')} actions={backLink}>
      <div className="mb-4 max-w-xl space-y-3">
        {!online ? <ErrorMessage>{t('form.edit.offline')}</ErrorMessage> : null}
        <StatusMessage>{saved ? t('form.edit.saved') : null}</StatusMessage>
        <p className="text-slate-700">{t('form.edit.attachmentsElsewhere')}</p>
      </div>
      <IncidentForm
        values={values}
        onChange={(next) => {
          setSaved(false);
          setEdited(next);
        }}
        errors={errors}
        sites={siteChoices}
        linkText={
          values.occurrence
            ? link
              ? t('form.linked', {
                  service: serviceTypeName(link.serviceType),
                  site: siteNames.get(link.siteId) ?? '…',
                  date: formatDay(link.occurrence.date, i18n.language),
                })
              : t('form.linkedUnknown', { date: formatDay(values.occurrence.date, i18n.language) })
            : null
        }
        onUnlink={() => setEdited({ ...values, occurrence: null })}
        suggestedTypes={[]}
        attachments={null}
        submitLabel={t('form.edit.save')}
        busy={update.isPending || !online}
        formError={formError}
        onSubmit={submit}
      />
    </Page>
  );
}
