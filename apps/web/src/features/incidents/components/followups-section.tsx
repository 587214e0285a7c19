/**
 * What the organisation did about a report (a complaint, a referral to the Défenseur des droits,
 * a court action) and how it went. Only its own organisation's reps and up see them (the server
 * strips them for others), add them and change their outcome as it comes (a complaint dismissed
 * months later, a court action won); notes are checked for personal data as they are typed.
 */
import type { FollowupKind, FollowupOutcome } from '@opale/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { formatDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { IncidentFollowupView } from '../api/use-incident';
import { ChangeOutcomeForm, FollowupForm } from './followup-forms';

export interface FollowupsSectionProps {
  platform: string;
  incidentId: string;
  followups: readonly IncidentFollowupView[];
  mayAdd: boolean;
  /** Change a follow-up's outcome and notes (the same reps, even once the case is closed). */
  mayChange: boolean;
  /** Retention blanked the report's details: its follow-ups keep no notes. */
  redacted: boolean;
}

export function FollowupsSection({
  platform,
  incidentId,
  followups,
  mayAdd,
  mayChange,
  redacted,
}: FollowupsSectionProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const [changing, setChanging] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const sorted = [...followups].sort(
    (a, b) => b.filedOn.localeCompare(a.filedOn) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Section title={t('list.page.followups.heading')}>
      {sorted.length === 0 ? (
        <p className="text-slate-700">{t('list.page.followups.none')}</p>
      ) : (
        <ul className="space-y-2">
          {sorted.map((followup) => (
            <li key={followup.id} className="rounded-xl border border-slate-300 bg-white p-3">
              <p className="font-semibold text-slate-950">
                {t(`common.followupKinds.${followup.kind as FollowupKind}`)}
              </p>
              <p className="text-slate-800">
                {t('list.page.followups.filedOn', { date: formatDay(followup.filedOn, locale) })}
                {' · '}
                {t('list.page.followups.outcome', {
                  outcome: t(`common.followupOutcomes.${followup.outcome as FollowupOutcome}`),
                })}
              </p>
              {followup.decidedOn || followup.updatedAt ? (
                <p className="text-sm text-slate-700">
                  {[
                    followup.decidedOn
                      ? t('list.page.followups.decidedOn', {
                          date: formatDay(followup.decidedOn, locale),
                        })
                      : null,
                    followup.updatedAt
                      ? t('list.page.followups.changedOn', {
                          date: formatDay(parisDay(new Date(followup.updatedAt)), locale),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : null}
              {followup.notes ? (
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{followup.notes}</p>
              ) : null}
              {mayChange && changing === followup.id ? (
                <ChangeOutcomeForm
                  platform={platform}
                  incidentId={incidentId}
                  followup={followup}
                  redacted={redacted}
                  onDone={(message) => {
                    setChanging(null);
                    setSaid(message);
                  }}
                  onCancel={() => setChanging(null)}
                />
              ) : mayChange ? (
                <Button
                  variant="secondary"
                  size="sm"
                  className="mt-2"
                  onClick={() => {
                    setSaid('');
                    setChanging(followup.id);
                  }}
                  aria-label={t('list.page.followups.changeOf', {
                    kind: t(`common.followupKinds.${followup.kind as FollowupKind}`),
                    date: formatDay(followup.filedOn, locale),
                  })}
                >
                  {t('list.page.followups.change')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <StatusMessage className="mt-3">{said}</StatusMessage>
      {mayAdd ? (
        <FollowupForm platform={platform} incidentId={incidentId} redacted={redacted} />
      ) : null}
    </Section>
  );
}
