/**
 * The agenda boards a member reads: the platform's (`agenda:<platform>`) and one per group their
 * organisation is a member of (`agenda:<platform>:group:<id>`). The list of groups comes from the
 * server and is remembered on the device, so the agenda opens offline with every board it had;
 * it is read again on focus and every half minute, so joining or leaving a group shows without a
 * reload (the server closes a board the organisation left at once).
 */
import {
  agendaBoard,
  docNameOf,
  type ActionItem,
  type AgendaAnswer,
  type AgendaItem,
  type Entry,
} from '@opale/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { LiveBoard } from '@/lib/live-board/live-board';
import { useLiveBoards, type LiveBoardEntry } from '@/lib/live-board/use-live-boards';
import { useTRPC } from '@/lib/trpc';

export interface AgendaGroup {
  id: string;
  name: string;
}

export interface AgendaBoard extends LiveBoardEntry {
  /** Null for the platform's own agenda. */
  group: AgendaGroup | null;
}

/** One item with the board it lives on. */
export interface AgendaEntry {
  docName: string;
  group: AgendaGroup | null;
  board: LiveBoard | null;
  entry: Entry<AgendaItem>;
}

export interface AgendaAction {
  docName: string;
  group: AgendaGroup | null;
  board: LiveBoard | null;
  entry: Entry<ActionItem>;
}

export interface AgendaData {
  boards: readonly AgendaBoard[];
  items: AgendaEntry[];
  actions: AgendaAction[];
  /** By occurrence key (`occurrenceKey`), then organisation id; per board, keys are unique ids. */
  answers: Map<string, Map<string, AgendaAnswer>>;
  /** Every board has shown its content (from the server or this device's copy). */
  ready: boolean;
}

const rememberedKey = (platform: string) => `opale.agendaGroups.${platform}`;

function rememberedGroups(platform: string): AgendaGroup[] {
  try {
    const stored = JSON.parse(localStorage.getItem(rememberedKey(platform)) ?? '[]') as unknown;
    return Array.isArray(stored)
      ? stored.filter(
          (g): g is AgendaGroup =>
            typeof g === 'object' &&
            g !== null &&
            typeof (g as AgendaGroup).id === 'string' &&
            typeof (g as AgendaGroup).name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** The groups whose agenda this member reads: the server's answer, or the last one remembered. */
export function useMyAgendaGroups(platform: string): AgendaGroup[] {
  const trpc = useTRPC();
  const groups = useQuery({
    ...trpc.group.list.queryOptions({ platform }),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
  const mine = useMemo(
    () =>
      groups.data
        ?.filter((g) => g.myOrganisationStatus === 'member')
        .map((g) => ({ id: g.id, name: g.name })),
    [groups.data],
  );
  useEffect(() => {
    if (mine) localStorage.setItem(rememberedKey(platform), JSON.stringify(mine));
  }, [mine, platform]);
  return useMemo(() => mine ?? rememberedGroups(platform), [mine, platform]);
}

export function useAgendaBoards(platform: string): AgendaData {
  const groups = useMyAgendaGroups(platform);
  const docNames = useMemo(
    () => [
      docNameOf({ board: 'agenda', platform, group: null }),
      ...groups.map((g) => docNameOf({ board: 'agenda', platform, group: g.id })),
    ],
    [platform, groups],
  );
  const live = useLiveBoards(docNames);
  return useMemo(() => {
    const boards: AgendaBoard[] = live.map((entry, i) => ({
      ...entry,
      group: i === 0 ? null : (groups[i - 1] ?? null),
    }));
    const items: AgendaEntry[] = [];
    const actions: AgendaAction[] = [];
    const answers = new Map<string, Map<string, AgendaAnswer>>();
    for (const b of boards) {
      const doc = b.snapshot?.doc;
      if (!doc) continue;
      for (const entry of agendaBoard.items(doc)) {
        items.push({ docName: b.docName, group: b.group, board: b.board, entry });
      }
      for (const entry of agendaBoard.actions(doc)) {
        actions.push({ docName: b.docName, group: b.group, board: b.board, entry });
      }
      for (const [key, byOrganisation] of agendaBoard.answers(doc))
        answers.set(key, byOrganisation);
    }
    return {
      boards,
      items,
      actions,
      answers,
      ready: boards.every((b) => b.snapshot?.ready === true),
    };
  }, [live, groups]);
}
