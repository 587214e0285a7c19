/** A live board for a React screen: opened on mount, shared between components, released on unmount. */
import { parseDocName } from '@opale/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMe } from '../session';
import { useTRPC } from '../trpc';
import type { LiveBoard, LiveBoardSnapshot } from './live-board';
import type { PresentPerson } from './presence';
import { acquireLiveBoard } from './registry';
import type { SyncState } from './sync-state';

export interface LiveBoardView {
  /** Null while the live layer downloads. */
  board: LiveBoard | null;
  /** Null while the live layer downloads. */
  snapshot: LiveBoardSnapshot | null;
  sync: SyncState;
  presence: readonly PresentPerson[];
}

const nothingToWatch = () => () => undefined;
const noSnapshot = () => null;
const loading: SyncState = { kind: 'syncing' };
const unavailable: SyncState = { kind: 'unavailable' };
const nobody: readonly PresentPerson[] = [];

type Opened = { key: string; board: LiveBoard } | { key: string; failed: true };

export function useLiveBoard(docName: string): LiveBoardView {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const userId = me?.user.id ?? null;
  const platform = parseDocName(docName)?.platform;
  const viewerName = me?.user.name ?? null;
  const viewerOrganisation =
    me?.memberships.find((m) => m.platformSlug === platform)?.organisationId ?? null;
  const key = `${userId ?? ''}\u0000${docName}`;
  const [opened, setOpened] = useState<Opened | null>(null);

  useEffect(() => {
    if (userId === null) return;
    const viewer =
      viewerName !== null && viewerOrganisation !== null
        ? { name: viewerName, organisationId: viewerOrganisation }
        : null;
    const { board, release } = acquireLiveBoard({ docName, userId, viewer });
    let active = true;
    board.then(
      (opened) => active && setOpened({ key, board: opened }),
      () => active && setOpened({ key, failed: true }),
    );
    return () => {
      active = false;
      release();
    };
  }, [docName, key, userId, viewerName, viewerOrganisation]);

  const current = opened?.key === key ? opened : null;
  const board = current && 'board' in current ? current.board : null;
  const snapshot = useSyncExternalStore(
    board?.subscribe ?? nothingToWatch,
    board?.getSnapshot ?? noSnapshot,
  );
  const sync = snapshot?.sync ?? (current && 'failed' in current ? unavailable : loading);

  // A refusal often follows a change of role: read the account again so controls follow.
  const refused = sync.kind === 'refused';
  useEffect(() => {
    if (refused) void queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() });
  }, [refused, queryClient, trpc]);

  return { board, snapshot, sync, presence: snapshot?.presence ?? nobody };
}
