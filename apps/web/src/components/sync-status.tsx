/**
 * What a live board's connection is doing, always in view on a board screen: an icon and words
 * (never colour alone), announced politely when it changes. Refusals and lost access take more
 * room: they say what happened to the person's changes.
 */
import type { TFunction } from 'i18next';
import { useEffect, useState, type ComponentType, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import type { SyncState } from '@/lib/live-board/sync-state';
import { LockIcon, OfflineIcon, OnlineIcon, SyncIcon, WarningIcon } from './ui/icons';

type Tone = 'ok' | 'busy' | 'waiting' | 'problem';

const tones: Record<Tone, string> = {
  ok: 'border-green-300 bg-green-50 text-green-900',
  busy: 'border-slate-300 bg-white text-slate-800',
  waiting: 'border-amber-300 bg-amber-50 text-amber-950',
  problem: 'border-red-300 bg-red-50 text-red-900',
};

interface Shown {
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  text: string;
  tone: Tone;
  /** A sentence more, for states that change what the person sees. */
  detail?: string;
}

function withReason(t: TFunction, reason: string, key: 'refused' | 'noAccess' | 'stopped') {
  if (reason.trim() !== '') return t(`liveBoard.${key}`, { reason });
  return t(`liveBoard.${key}NoReason`);
}

function describe(state: SyncState, t: TFunction): Shown {
  switch (state.kind) {
    case 'online':
      return { Icon: OnlineIcon, text: t('liveBoard.online'), tone: 'ok' };
    case 'syncing':
      return { Icon: SyncIcon, text: t('liveBoard.syncing'), tone: 'busy' };
    case 'offline':
      return {
        Icon: OfflineIcon,
        text:
          state.pending > 0
            ? t('liveBoard.offlinePending', { count: state.pending })
            : t('liveBoard.offline'),
        tone: 'waiting',
      };
    case 'refused':
      return {
        Icon: WarningIcon,
        text: withReason(t, state.reason, 'refused'),
        tone: 'problem',
        detail: t('liveBoard.refusedHint'),
      };
    case 'no-access':
      return { Icon: LockIcon, text: withReason(t, state.reason, 'noAccess'), tone: 'problem' };
    case 'signed-out':
      return { Icon: LockIcon, text: t('liveBoard.signedOut'), tone: 'problem' };
    case 'stopped':
      return { Icon: WarningIcon, text: withReason(t, state.reason, 'stopped'), tone: 'problem' };
    case 'unavailable':
      return { Icon: WarningIcon, text: t('liveBoard.unavailable'), tone: 'problem' };
  }
}

/** How long a change from "online" to "syncing" must last to be shown (a save takes less). */
const syncingDelayMs = 800;

/**
 * The state to show: the same as the board's, except that the brief "syncing" of each save made
 * while online is skipped, so the status does not flicker nor a screen reader chatter.
 */
function useSteadyState(state: SyncState): SyncState {
  const [shown, setShown] = useState(state);
  const [seen, setSeen] = useState(state);
  const holdBack = state.kind === 'syncing' && shown.kind === 'online';
  if (state !== seen) {
    setSeen(state);
    if (!holdBack) setShown(state);
  }
  useEffect(() => {
    if (!holdBack) return;
    const timer = setTimeout(() => setShown(state), syncingDelayMs);
    return () => clearTimeout(timer);
  }, [holdBack, state]);
  return shown;
}

export interface SyncStatusProps {
  state: SyncState;
  /** Offered after a refusal, to put the message away. */
  onDismiss?: () => void;
  className?: string;
}

export function SyncStatus({ state, onDismiss, className }: SyncStatusProps) {
  const { t } = useTranslation();
  const shown = useSteadyState(state);
  const { Icon, text, tone, detail } = describe(shown, t);
  const large = tone === 'problem';
  return (
    <div className={cn('flex flex-wrap items-center gap-2', className)}>
      <div role="status" aria-live="polite" className="min-w-0">
        <p
          className={cn(
            'inline-flex items-start gap-2 border font-medium',
            large ? 'rounded-lg px-3 py-2' : 'rounded-full px-3 py-1 text-sm',
            tones[tone],
          )}
        >
          <Icon className={cn('shrink-0', large ? 'mt-0.5 size-5' : 'size-4 self-center')} />
          <span>
            {text}
            {detail ? <span className="block font-normal">{detail}</span> : null}
          </span>
        </p>
      </div>
      {shown.kind === 'refused' && onDismiss ? (
        <button
          type="button"
          onClick={onDismiss}
          className="min-h-11 rounded-lg px-3 font-semibold text-brand-800 underline-offset-4 hover:underline"
        >
          {t('liveBoard.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
