/**
 * Who comes to one date of a meeting: every invited organisation's answer (or that it has not
 * answered), and, for a representative, their own organisation's answer in one tap.
 */
import { answers as answerKinds, type AgendaAnswer, type Answer } from '@opale/core';
import { useId, useState, type ComponentType, type FormEvent, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { CheckIcon, CrossIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Icon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { answerCounts, type AnswerRow } from '../utils/answer-rows';

const QuestionIcon = (p: SVGProps<SVGSVGElement>) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17h0" />
  </Icon>
);

const looks: Record<
  Answer | 'none',
  { Icon: ComponentType<SVGProps<SVGSVGElement>> | null; tone: BadgeTone; button: string }
> = {
  going: {
    Icon: CheckIcon,
    tone: 'success',
    button: 'border-green-700 text-green-900 hover:bg-green-50 aria-pressed:bg-green-100',
  },
  maybe: {
    Icon: QuestionIcon,
    tone: 'warning',
    button: 'border-amber-700 text-amber-950 hover:bg-amber-50 aria-pressed:bg-amber-100',
  },
  not_going: {
    Icon: CrossIcon,
    tone: 'danger',
    button: 'border-red-700 text-red-900 hover:bg-red-50 aria-pressed:bg-red-100',
  },
  none: { Icon: null, tone: 'neutral', button: '' },
};

function AnswerBadge({ answer }: { answer: Answer | 'none' }) {
  const { t } = useTranslation('agenda');
  const { Icon: AnswerIcon, tone } = looks[answer];
  return (
    <Badge tone={tone}>
      {AnswerIcon ? <AnswerIcon className="mr-1 size-4" /> : null}
      {t(`answers.${answer}`)}
    </Badge>
  );
}

/** Enough for a few names or a count; the board is no place for a list of people. */
const attendeesLimit = 200;

const shownAnswer = (answer: AgendaAnswer | null): Answer | 'none' =>
  answer !== null && answerKinds.includes(answer.answer) ? answer.answer : 'none';

export interface OwnAnswer {
  organisationId: string;
  organisationName: string;
  invited: boolean;
  current: AgendaAnswer | null;
  onAnswer: (answer: Answer, attendees: string) => void;
  onWithdraw: () => void;
}

export interface AnswersSectionProps {
  rows: readonly AnswerRow[];
  nameOf: (organisationId: string) => string;
  viewerOrganisation: string;
  /** Present when the viewer may answer for their organisation on this date. */
  own: OwnAnswer | null;
  /** Why the viewer cannot answer, when they cannot. */
  ownNote: string | null;
}

export function AnswersSection({
  rows,
  nameOf,
  viewerOrganisation,
  own,
  ownNote,
}: AnswersSectionProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const headingId = useId();
  const counts = answerCounts(rows);

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        {t('item.answers.heading')}
      </h2>
      {own ? <OwnAnswerControls key={own.organisationId} {...own} /> : null}
      {ownNote ? <p className="text-sm text-slate-700">{ownNote}</p> : null}
      {rows.length === 0 ? (
        <p className="text-slate-800">{t('item.answers.noneInvited')}</p>
      ) : (
        <>
          <ul aria-label={t('item.answers.summary')} className="flex flex-wrap gap-2">
            {(['going', 'maybe', 'not_going', 'none'] as const).map((answer) => (
              <li key={answer} className="text-sm font-semibold text-slate-900">
                {counts[answer]} {t(`answers.${answer}`)}
                {answer === 'none' ? null : <span aria-hidden="true"> ·</span>}
              </li>
            ))}
          </ul>
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
            {rows.map((row) => (
              <li
                key={row.organisationId}
                className={cn(
                  'flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-3 py-2',
                  row.organisationId === viewerOrganisation && 'bg-brand-50',
                )}
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words text-slate-950">
                    {nameOf(row.organisationId)}
                    {row.organisationId === viewerOrganisation ? (
                      <span className="font-normal text-slate-700">
                        {' '}
                        ({t('item.answers.yours')})
                      </span>
                    ) : null}
                    {row.invited ? null : (
                      <span className="font-normal text-slate-700">
                        {' '}
                        · {t('item.answers.notInvited')}
                      </span>
                    )}
                  </p>
                  {row.answer?.attendees ? (
                    <p className="text-sm break-words text-slate-800">
                      {t('item.answers.attendees', { attendees: row.answer.attendees })}
                    </p>
                  ) : null}
                  {row.answer ? (
                    <p className="text-sm text-slate-700">
                      {t('item.answers.by', {
                        name: row.answer.by,
                        time: formatDateTime(row.answer.at, locale),
                      })}
                    </p>
                  ) : null}
                </div>
                <AnswerBadge answer={shownAnswer(row.answer)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OwnAnswerControls({
  organisationName,
  invited,
  current,
  onAnswer,
  onWithdraw,
}: OwnAnswer) {
  const { t } = useTranslation('agenda');
  const headingId = useId();
  const stored = current?.attendees ?? '';
  const [seen, setSeen] = useState(stored);
  const [attendees, setAttendees] = useState(stored);
  // Someone else of the organisation changed it: follow, unless this person is typing.
  if (stored !== seen) {
    setSeen(stored);
    if (attendees === seen) setAttendees(stored);
  }

  function saveAttendees(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (current) onAnswer(current.answer, attendees);
  }

  return (
    <div className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-3">
      <h3 id={headingId} className="font-bold text-slate-950">
        {t('item.answer.heading', { organisation: organisationName })}
      </h3>
      {invited ? null : <p className="text-sm text-slate-800">{t('item.answer.notInvited')}</p>}
      <div role="group" aria-labelledby={headingId}>
        <p className="mb-2 font-medium text-slate-900">{t('item.answer.choose')}</p>
        <div className="grid grid-cols-3 gap-2">
          {answerKinds.map((answer) => {
            const { Icon: AnswerIcon, button } = looks[answer];
            return (
              <button
                key={answer}
                type="button"
                aria-pressed={current?.answer === answer}
                onClick={() => onAnswer(answer, attendees)}
                className={cn(
                  'flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg border-2 bg-white px-1 text-base font-semibold',
                  'aria-pressed:ring-2 aria-pressed:ring-offset-1',
                  button,
                )}
              >
                {AnswerIcon ? <AnswerIcon className="size-5" /> : null}
                {t(`answers.${answer}`)}
              </button>
            );
          })}
        </div>
      </div>
      <form onSubmit={saveAttendees} className="space-y-2">
        <TextField
          label={t('item.answer.attendeesLabel')}
          hint={t('item.answer.attendeesHint')}
          autoComplete="off"
          maxLength={attendeesLimit}
          value={attendees}
          onChange={(event) => setAttendees(event.target.value)}
        />
        {current ? (
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={attendees.trim() === stored.trim()}>
              {t('item.answer.saveAttendees')}
            </Button>
            <Button variant="ghost" onClick={onWithdraw}>
              {t('item.answer.withdraw')}
            </Button>
          </div>
        ) : null}
      </form>
    </div>
  );
}
