/**
 * French words of the agenda screens (namespace `agenda`), one file per part so that each
 * screen's words stay next to each other.
 */
import { commonFr } from './common.fr';
import { itemFr } from './item.fr';
import { listFr } from './list.fr';

export const fr = { ...commonFr, list: listFr, item: itemFr };
export type AgendaTranslation = typeof fr;
