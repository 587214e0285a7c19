/**
 * French words of the capacity screens (namespace `capacity`), one file per screen. Service type
 * names come from core's catalogue, not from here.
 */
import { boardFr } from './board.fr';
import { historyFr } from './history.fr';

export const fr = { ...boardFr, history: historyFr };
export type CapacityTranslation = typeof fr;
