/**
 * Several live boards at once for one screen, when how many depends on data: the platform's
 * agenda and the agenda of each group the person's organisation is in. Each board is the one the
 * registry shares with every other screen; the list follows `docNames` as it changes.
 */
import { parseDocName } from '@opale/core';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useMe } from '../session';
import type { LiveBoard, LiveBoardSnapshot } from './live-board';
import type { PresentPerson } from './presence';
import { acquireLiveBoard } from './registry';
import type { SyncState } from './sync-state';

export interface LiveBoardEntry {
  docName: string;
  /** Null while the live layer downloads. */
  board: LiveBoard | null;
  snapshot: LiveBoardSnapshot | null;
  sync: SyncState;
  presence: readonly PresentPerson[];
}

const loading: SyncState = { kind: 'syncing' };
const unavailable: SyncState = { kind: 'unavailable' };
const nobody: readonly PresentPerson[] = [];

type Opened = { board: LiveBoard } | { failed: true };

export function useLiveBoards(docNames: readonly string[]): readonly LiveBoardEntry[] {
  const me = useMe().data;
  const userId = me?.user.id ?? null;
  const names = docNames.join('\n');
  const platform = docNames[0] === undefined ? undefined : parseDocName(docNames[0])?.platform;
  const viewerName = me?.user.name ?? null;
  const viewerOrganisation =
    me?.memberships.find((m) => m.platformSlug === platform)?.organisationId ?? null;
  const [opened, setOpened] = useState<ReadonlyMap<string, Opened>>(new Map());

  useEffect(() => {
    if (userId === null || names === '') return;
    const viewer =
      viewerName !== null && viewerOrganisation !== null
        ? { name: viewerName, organisationId: viewerOrganisation }
        : null;
    let active = true;
    const releases = names.split('\n').map((docName) => {
      const { board, release } = acquireLiveBoard({ docName, userId, viewer });
      const settle = (result: Opened) => {
        if (active)
          setOpened((current) => new Map(current).set(`${userId}\u0000${docName}`, result));
      };
      board.then(
        (b) => settle({ board: b }),
        () => settle({ failed: true }),
      );
      return release;
    });
    return () => {
      active = false;
      for (const release of releases) release();
    };
  }, [names, userId, viewerName, viewerOrganisation]);

  const boards = useMemo(
    () =>
      docNames.map((docName) => {
        const entry = opened.get(`${userId ?? ''}\u0000${docName}`);
        return { docName, opened: entry ?? null };
      }),
    // `names` stands for `docNames`, whose identity may change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [names, opened, userId],
  );

  const subscribe = useMemo(
    () => (listener: () => void) => {
      const unsubscribes = boards.flatMap(({ opened: o }) =>
        o && 'board' in o ? [o.board.subscribe(listener)] : [],
      );
      return () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
      };
    },
    [boards],
  );
  // useSyncExternalStore needs the same array back while nothing changed.
  const cache = useRef<{
    boards: typeof boards;
    snapshots: (LiveBoardSnapshot | null)[];
    entries: readonly LiveBoardEntry[];
  } | null>(null);
  const getSnapshot = (): readonly LiveBoardEntry[] => {
    const snapshots = boards.map(({ opened: o }) => boardOf(o)?.getSnapshot() ?? null);
    const previous = cache.current;
    if (previous?.boards === boards && previous.snapshots.every((s, i) => s === snapshots[i])) {
      return previous.entries;
    }
    const entries = boards.map(({ docName, opened: o }, i) => {
      const snapshot = snapshots[i] ?? null;
      return {
        docName,
        board: boardOf(o),
        snapshot,
        sync: syncOf(o, snapshot),
        presence: snapshot?.presence ?? nobody,
      };
    });
    cache.current = { boards, snapshots, entries };
    return entries;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

function boardOf(opened: Opened | null): LiveBoard | null {
  return opened && 'board' in opened ? opened.board : null;
}

function syncOf(opened: Opened | null, snapshot: LiveBoardSnapshot | null): SyncState {
  if (snapshot) return snapshot.sync;
  return opened && 'failed' in opened ? unavailable : loading;
}
