/**
 * The body of an item's page for one date, once the item is found: its details, the answers,
 * the shared notes and the action items, each writable as the write rules allow.
 */
import {
  agendaBoard,
  type AgendaItem,
  type AgendaOccurrence,
  type Answer,
  type Entry,
} from '@opale/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SyncStatus } from '@/components/sync-status';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/board-icons';
import { ConfirmDialog } from '@/components/ui/dialog';
import { RepeatIcon, WarningIcon } from '@/components/ui/icons';
import { StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { buttonClasses } from '@/components/ui/button';
import { currentLocale } from '@/lib/i18n';
import { addAction, deleteAction, setActionDone } from '../api/action-items';
import type { AgendaBoardView, AgendaViewer } from '../api/agenda-board-view';
import { saveAnswer, withdrawAnswer } from '../api/answers';
import { newAction, type ActionDraftCheck } from '../utils/action-draft';
import { readAction, sortActions } from '../utils/action-list';
import { agendaRights } from '../utils/agenda-rights';
import { answerRows } from '../utils/answer-rows';
import { takesChanges } from '../utils/board-state';
import { formatLongDay } from '../utils/item-dates';
import { itemPath } from '../utils/item-link';
import { neighbourDates } from '../utils/item-occurrence';
import { ActionItemsSection, type ActionListRow } from './action-items-section';
import { AnswersSection } from './answers-section';
import { ItemDetails } from './item-details';
import { ItemPresence } from './item-presence';
import { SharedNotes } from './shared-notes';

export interface ItemPageProps {
  platform: string;
  live: AgendaBoardView;
  entry: Entry<AgendaItem>;
  occurrence: AgendaOccurrence;
  organisers: readonly string[];
  invited: readonly string[];
  viewer: AgendaViewer;
  nameOf: (organisationId: string) => string;
  /** Every organisation of the platform known here (an action may be given to any). */
  organisationIds: readonly string[];
  today: string;
}

export function ItemPage({
  platform,
  live,
  entry,
  occurrence,
  organisers,
  invited,
  viewer,
  nameOf,
  organisationIds,
  today,
}: ItemPageProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const { board, sync, presence } = live;
  const doc = live.snapshot?.doc ?? null;
  const revision = live.snapshot?.revision;
  const occurrenceKey = occurrence.key;
  const focus = `item:${occurrenceKey}`;
  const [status, setStatus] = useState('');
  const [deleting, setDeleting] = useState<ActionListRow | null>(null);
  // After a refusal, what was said about the undone change no longer holds.
  const [lastSync, setLastSync] = useState(sync.kind);
  if (sync.kind !== lastSync) {
    setLastSync(sync.kind);
    if (sync.kind === 'refused') setStatus('');
  }

  // Others see who has this date of the meeting open.
  useEffect(() => {
    if (!board) return;
    board.setFocus(focus);
    return () => board.setFocus(null);
  }, [board, focus]);
  const here = presence.filter((person) => person.focus === focus);

  const { role, organisationId } = viewer;
  const rights = useMemo(() => agendaRights({ role, organisationId }), [role, organisationId]);
  const writable = board !== null && takesChanges(sync);

  const answers = useMemo(
    () => (doc && revision !== undefined ? agendaBoard.answers(doc).get(occurrenceKey) : undefined),
    [doc, revision, occurrenceKey],
  );
  const notes = useMemo(
    () => (doc ? agendaBoard.notes(doc, occurrenceKey) : null),
    [doc, occurrenceKey],
  );
  const actions = useMemo(() => {
    if (!doc || revision === undefined) return [];
    return agendaBoard
      .actions(doc)
      .map((e) => ({ id: e.id, action: readAction(e.fields) }))
      .filter(
        (row) =>
          row.action.itemId === entry.id && row.action.occurrenceDate === occurrence.recurringDate,
      );
  }, [doc, revision, entry.id, occurrence.recurringDate]);
  const sortedActions = sortActions(actions, today);

  function announce(message: string) {
    setStatus(sync.kind === 'offline' ? `${message} ${t('savedOnDevice')}` : message);
  }
  const stamp = () => ({ by: viewer.name, at: new Date() });

  // -- answers --
  const ownAnswer = answers?.get(viewer.organisationId) ?? null;
  const mayAnswer = rights.answerFor(viewer.organisationId);
  const own =
    board && writable && mayAnswer && !occurrence.cancelled
      ? {
          organisationId: viewer.organisationId,
          organisationName: nameOf(viewer.organisationId),
          invited: invited.includes(viewer.organisationId),
          current: ownAnswer,
          onAnswer: (answer: Answer, attendees: string) => {
            saveAnswer(board, viewer.organisationId, occurrenceKey, answer, attendees, stamp());
            const onlyAttendees =
              ownAnswer?.answer === answer && (ownAnswer.attendees ?? '') !== attendees.trim();
            announce(
              onlyAttendees
                ? t('item.answer.attendeesSaved')
                : t('item.answer.saved', { answer: t(`answers.${answer}`) }),
            );
          },
          onWithdraw: () => {
            withdrawAnswer(board, viewer.organisationId, occurrenceKey);
            announce(t('item.answer.withdrawn'));
          },
        }
      : null;
  const ownNote = occurrence.cancelled
    ? t('item.answer.cancelled')
    : !mayAnswer
      ? t('item.answer.readOnly')
      : null;

  // -- action items --
  // The viewer's own organisation first: it is the one most often given an action.
  const owners = [
    { id: viewer.organisationId, name: nameOf(viewer.organisationId) },
    ...[...new Set([...organisationIds, ...organisers, ...invited])]
      .filter((id) => id !== viewer.organisationId)
      .map((id) => ({ id, name: nameOf(id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ];

  const editing =
    board && writable && rights.actions
      ? {
          owners,
          defaultOwner: viewer.organisationId,
          onAdd: (checked: Extract<ActionDraftCheck, { ok: true }>) => {
            addAction(
              board,
              newAction(checked, {
                itemId: entry.id,
                occurrenceDate: occurrence.recurringDate,
                createdBy: viewer.name,
              }),
            );
            announce(t('item.actions.added', { text: checked.text }));
          },
          onToggle: (row: ActionListRow, done: boolean) => {
            setActionDone(board, row.id, done, stamp());
            announce(
              t(done ? 'item.actions.markedDone' : 'item.actions.markedOpen', {
                text: row.action.text,
              }),
            );
          },
          onDelete: (row: ActionListRow) => {
            setStatus('');
            setDeleting(row);
          },
        }
      : null;

  const neighbours =
    occurrence.recurringDate !== null ? neighbourDates(entry, occurrence.recurringDate) : null;
  const dateLink = (date: string) =>
    itemPath(platform, { itemId: entry.id, date, groupId: live.group?.id ?? null });

  return (
    <>
      <div className="mb-5 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
        <ItemPresence people={here} />
      </div>
      <StatusMessage className="mb-4">{status}</StatusMessage>
      {occurrence.cancelled ? (
        <p className="mb-4 flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900">
          <WarningIcon className="mt-0.5 size-5 shrink-0" />
          {t('item.cancelledNotice')}
        </p>
      ) : null}
      {neighbours && occurrence.recurringDate !== null ? (
        <nav
          aria-label={t('item.dates.label')}
          className="mb-5 flex flex-wrap items-center gap-2 rounded-xl border border-slate-300 bg-white p-3"
        >
          <p className="flex w-full items-center gap-2 font-semibold text-slate-950">
            <RepeatIcon className="size-5 shrink-0 text-slate-600" />
            {t('item.dates.recurring', {
              date: formatLongDay(occurrence.recurringDate, locale),
            })}
          </p>
          {neighbours.previous !== null ? (
            <Link
              to={dateLink(neighbours.previous)}
              className={buttonClasses('secondary', '', 'sm')}
            >
              <ChevronLeftIcon className="size-4" />
              {t('item.dates.previous', { date: formatLongDay(neighbours.previous, locale) })}
            </Link>
          ) : (
            <span className="text-sm text-slate-700">{t('item.dates.noPrevious')}</span>
          )}
          {neighbours.next !== null ? (
            <Link to={dateLink(neighbours.next)} className={buttonClasses('secondary', '', 'sm')}>
              {t('item.dates.next', { date: formatLongDay(neighbours.next, locale) })}
              <ChevronRightIcon className="size-4" />
            </Link>
          ) : (
            <span className="text-sm text-slate-700">{t('item.dates.noNext')}</span>
          )}
        </nav>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="min-w-0 space-y-8">
          <Section title={t('item.facts.heading')}>
            <ItemDetails
              platform={platform}
              occurrence={occurrence}
              organisers={organisers}
              invited={invited}
              nameOf={nameOf}
              groupName={live.group?.name ?? null}
            />
          </Section>
          <AnswersSection
            rows={answerRows(invited, answers, nameOf)}
            nameOf={nameOf}
            viewerOrganisation={viewer.organisationId}
            own={own}
            ownNote={ownNote}
          />
        </div>
        <div className="min-w-0 space-y-8">
          {notes ? <SharedNotes text={notes} editable={writable && rights.notes} /> : null}
          <ActionItemsSection
            actions={sortedActions}
            today={today}
            nameOf={nameOf}
            editing={editing}
          />
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('item.actions.deleteTitle')}
        body={t('item.actions.deleteBody', { text: deleting?.action.text ?? '' })}
        confirmLabel={t('item.actions.delete')}
        cancelLabel={tc('common.cancel')}
        onConfirm={() => {
          if (board && deleting) {
            deleteAction(board, deleting.id);
            announce(t('item.actions.deleted', { text: deleting.action.text }));
          }
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
