/**
 * The live boards open in this tab, one per account and board, shared by every component that
 * shows it. The live layer (Yjs, y-websocket, y-indexeddb) is downloaded here, on first use.
 */
import { reportSessionEnded } from '../session-events';
import type { LiveBoard, LiveBoardOptions } from './live-board';

const loadLiveLayer = () => import('./live-board');

/** Starts downloading the live layer, e.g. alongside the code of a screen that will need it. */
export function preloadLiveLayer(): Promise<unknown> {
  return loadLiveLayer().catch(() => undefined);
}

interface Held {
  board: Promise<LiveBoard>;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

const held = new Map<string, Held>();

/** A board stays connected this long after its last screen closed: going back is instant. */
const keepOpenMs = 15_000;

export interface HeldBoard {
  board: Promise<LiveBoard>;
  /** Call once the screen no longer shows the board. */
  release: () => void;
}

export function acquireLiveBoard(options: Omit<LiveBoardOptions, 'onEnded'>): HeldBoard {
  const key = `${options.userId}\u0000${options.docName}`;
  let entry = held.get(key);
  if (!entry) {
    const forget = () => {
      if (held.get(key) === created) held.delete(key);
    };
    const board = loadLiveLayer().then(
      ({ LiveBoard }) =>
        new LiveBoard({
          ...options,
          onEnded: (ending) => {
            // An ended board is not handed out again: the next screen (after signing in again,
            // or regaining access) opens a fresh one.
            forget();
            if (ending.kind === 'signed-out') reportSessionEnded();
          },
        }),
    );
    const created: Held = { board, users: 0, closeTimer: null };
    // A failed download is not kept either: the next screen tries again.
    board.catch(forget);
    held.set(key, created);
    entry = created;
  }
  const current = entry;
  current.users += 1;
  if (current.closeTimer !== null) {
    clearTimeout(current.closeTimer);
    current.closeTimer = null;
  }
  void current.board.then((board) => board.setPresent(true)).catch(() => undefined);

  let released = false;
  return {
    board: current.board,
    release: () => {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users > 0) return;
      void current.board.then((board) => board.setPresent(false)).catch(() => undefined);
      current.closeTimer = setTimeout(() => {
        if (held.get(key) === current) held.delete(key);
        void current.board.then((board) => board.destroy()).catch(() => undefined);
      }, keepOpenMs);
    },
  };
}

/** Closes every board of this tab (their sockets and local copies), e.g. before deleting them. */
export async function closeAllLiveBoards(): Promise<void> {
  const entries = [...held.values()];
  held.clear();
  await Promise.all(
    entries.map(async (entry) => {
      if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
      try {
        await (await entry.board).destroy();
      } catch {
        // never loaded: nothing to close
      }
    }),
  );
}
