/** The connection state to show for a screen that reads several boards at once. */
import type { SyncState } from '@/lib/live-board/sync-state';

/** The states a board takes no more changes in from this device. */
export function takesChanges(sync: SyncState): boolean {
  return !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);
}

/** From what needs the person's attention most to what needs it least. */
const urgency: readonly SyncState['kind'][] = [
  'signed-out',
  'refused',
  'stopped',
  'unavailable',
  'offline',
  'syncing',
  'online',
  // A group's board closes when the organisation leaves the group: nothing to do about it.
  'no-access',
];

/** The one state that says most about several boards (the first given, when they agree). */
export function mostPressing(states: readonly SyncState[]): SyncState | null {
  let shown: SyncState | null = null;
  for (const state of states) {
    if (shown === null || urgency.indexOf(state.kind) < urgency.indexOf(shown.kind)) shown = state;
  }
  return shown;
}
