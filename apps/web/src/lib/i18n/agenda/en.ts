import { commonEn } from './common.en';
import type { AgendaTranslation } from './fr';
import { itemEn } from './item.en';
import { listEn } from './list.en';

export const en: AgendaTranslation = { ...commonEn, list: listEn, item: itemEn };
