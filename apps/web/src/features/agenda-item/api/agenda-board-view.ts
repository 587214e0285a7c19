/**
 * The agenda boards as these screens receive them from the app: each live board with the group
 * it belongs to (null for the platform's own agenda). The app opens them; these screens only
 * read and write them.
 */
import type { Role } from '@opale/core';
import type { LiveBoardEntry } from '@/lib/live-board/use-live-boards';

export interface AgendaBoardView extends LiveBoardEntry {
  group: { id: string; name: string } | null;
}

/** The person looking, as the agenda screens need them. */
export interface AgendaViewer {
  /** As the board stamps answers and action items. */
  name: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}
