/** One agenda item as a board holds it, read again whenever the board changes, from anyone. */
import { agendaBoard, entryKey, type AgendaItem, type Entry } from '@opale/core';
import { useMemo } from 'react';
import type { LiveBoardSnapshot } from '@/lib/live-board/live-board';

/** Null while the board is not read yet, or when it holds no such item. */
export function useAgendaItem(
  snapshot: LiveBoardSnapshot | null,
  itemId: string,
): Entry<AgendaItem> | null {
  const doc = snapshot?.doc;
  const revision = snapshot?.revision;
  return useMemo(() => {
    if (!doc || revision === undefined) return null;
    const fields = agendaBoard.item(doc, itemId);
    return fields
      ? { root: agendaBoard.itemsRoot, key: entryKey('item', itemId), id: itemId, fields }
      : null;
  }, [doc, revision, itemId]);
}
