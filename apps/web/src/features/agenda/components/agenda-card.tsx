/**
 * One date of an agenda item: when, what, where, who organises, whether it is only for a group,
 * and what the viewer's organisation answered. A cancelled date is struck through and says so
 * in words. The compact form fits a column of the week.
 */
import { idList, onlinePlaceProblem } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { CrossIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { LockIcon, MapPinIcon, RepeatIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { formatList } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { PresentPerson } from '@/lib/live-board/presence';
import { timeWindow } from '@/lib/schedule/time-window';
import { itemPath, type BoardOccurrence, type OwnAnswer } from '../utils/agenda-occurrences';

export interface AgendaCardProps {
  occurrence: BoardOccurrence;
  platform: string;
  organisationName: (id: string) => string;
  siteName: (id: string) => string;
  answer: OwnAnswer;
  /** People who have this item open in the editor right now. */
  editors: readonly PresentPerson[];
  /** Absent for people who may only read. */
  onEdit?: () => void;
}

/** The link text of an online meeting: its host, enough to recognise it. */
function hostOf(link: string): string | null {
  if (onlinePlaceProblem(link) !== null) return null;
  return new URL(link).host;
}

function Place({
  occurrence,
  siteName,
}: {
  occurrence: BoardOccurrence;
  siteName: (id: string) => string;
}) {
  const { t } = useTranslation('agenda');
  const { placeKind, place } = occurrence.item;
  if (placeKind === null || place === null || place === '') return null;
  let shown;
  if (placeKind === 'online') {
    const host = hostOf(place);
    // Only an https link is ever made clickable, whoever wrote it into the board.
    shown = host ? (
      <a
        href={place}
        target="_blank"
        rel="noopener noreferrer"
        className="font-medium text-brand-800 underline underline-offset-2"
      >
        {t('list.card.online', { host })}
      </a>
    ) : (
      <span>{t('placeKinds.online')}</span>
    );
  } else {
    shown = <span>{placeKind === 'site' ? siteName(place) : place}</span>;
  }
  return (
    <p className="mt-1 flex items-start gap-1 text-slate-800">
      <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
      <span className="min-w-0 break-words">{shown}</span>
    </p>
  );
}

function CancelledBadge({ occurrence }: { occurrence: BoardOccurrence }) {
  const { t } = useTranslation('agenda');
  if (!occurrence.cancelled) return null;
  return (
    <Badge tone="danger">
      <CrossIcon className="mr-1 size-4" />
      {occurrence.item.cancelled ? t('cancelled') : t('list.card.dateCancelled')}
    </Badge>
  );
}

function GroupBadge({ occurrence }: { occurrence: BoardOccurrence }) {
  const { t } = useTranslation('agenda');
  if (!occurrence.group) return null;
  return (
    <Badge tone="brand">
      <LockIcon className="mr-1 size-4" />
      {t('restricted', { group: occurrence.group.name })}
    </Badge>
  );
}

const answerTones = { going: 'success', maybe: 'warning', not_going: 'neutral' } as const;

export function AgendaCard({
  occurrence,
  platform,
  organisationName,
  siteName,
  answer,
  editors,
  onEdit,
}: AgendaCardProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const { item } = occurrence;
  const span = timeWindow(occurrence.startTime, occurrence.endTime);
  const organisers = idList(item.organisers).map(organisationName);
  const struck = occurrence.cancelled ? 'text-slate-600 line-through' : 'text-slate-950';

  return (
    <li className="rounded-xl border border-slate-300 bg-white p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className={cn('text-lg font-bold tabular-nums', struck)}>
          {span.text}
          {span.pastMidnight ? (
            <span className="text-sm font-medium"> {t('list.card.nextDay')}</span>
          ) : null}
        </p>
        <Badge>{t(`kinds.${item.kind}`)}</Badge>
      </div>
      <h3 className="mt-0.5 text-base font-semibold break-words">
        <Link
          to={itemPath(platform, occurrence)}
          className={cn('underline-offset-4 hover:underline', struck)}
        >
          {item.title}
        </Link>
      </h3>
      {occurrence.cancelled || occurrence.group || item.rrule !== null ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <CancelledBadge occurrence={occurrence} />
          <GroupBadge occurrence={occurrence} />
          {item.rrule !== null ? (
            <span className="inline-flex items-center gap-1 text-sm text-slate-700">
              <RepeatIcon className="size-4" />
              {t('list.card.repeats')}
            </span>
          ) : null}
        </div>
      ) : null}
      <Place occurrence={occurrence} siteName={siteName} />
      {organisers.length > 0 ? (
        <p className="mt-1 text-sm text-slate-800">
          {t('list.card.organisers', { names: formatList(organisers, locale) })}
        </p>
      ) : null}
      {answer.state === 'answered' ? (
        <p className="mt-2">
          <Badge tone={answerTones[answer.answer.answer]}>
            {t('list.card.yourAnswer', { answer: t(`answers.${answer.answer.answer}`) })}
          </Badge>
        </p>
      ) : answer.state === 'awaited' && !occurrence.cancelled ? (
        <p className="mt-2 text-sm font-medium text-amber-950">{t('list.card.awaited')}</p>
      ) : null}
      {editors.map((person) => (
        <p key={person.key} className="mt-2 text-sm font-medium text-brand-800">
          {t('list.card.editing', { name: person.name })}
        </p>
      ))}
      {onEdit ? (
        <div className="mt-2">
          <Button variant="secondary" size="sm" onClick={onEdit}>
            {t('list.card.edit')}
            <span className="sr-only"> {item.title}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** A line of a week's column: time and title, a link to the item; the rest on its page. */
export function CompactAgendaCard({
  occurrence,
  platform,
}: Pick<AgendaCardProps, 'occurrence' | 'platform'>) {
  const { t } = useTranslation('agenda');
  const { item } = occurrence;
  const span = timeWindow(occurrence.startTime, occurrence.endTime);
  return (
    <li className="rounded-lg border border-slate-300 bg-white">
      <Link
        to={itemPath(platform, occurrence)}
        className="block min-h-11 rounded-lg px-2 py-1.5 hover:bg-slate-50"
      >
        <span
          className={cn(
            'block text-sm font-semibold tabular-nums',
            occurrence.cancelled ? 'text-slate-600 line-through' : 'text-slate-800',
          )}
        >
          {span.text}
        </span>
        <span
          className={cn(
            'block font-semibold break-words lg:text-sm',
            occurrence.cancelled ? 'text-slate-600 line-through' : 'text-slate-950',
          )}
        >
          {item.title}
        </span>
        <span className="block text-sm text-slate-700">{t(`kinds.${item.kind}`)}</span>
      </Link>
      {occurrence.cancelled || occurrence.group ? (
        <div className="space-y-1 px-2 pb-2 text-sm font-medium">
          {occurrence.cancelled ? (
            <p className="flex items-start gap-1 text-red-900">
              <CrossIcon className="mt-0.5 size-4 shrink-0" />
              {occurrence.item.cancelled ? t('cancelled') : t('list.card.dateCancelled')}
            </p>
          ) : null}
          {occurrence.group ? (
            <p className="flex items-start gap-1 text-brand-900">
              <LockIcon className="mt-0.5 size-4 shrink-0" />
              <span className="min-w-0 break-words">
                {t('restricted', { group: occurrence.group.name })}
              </span>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
