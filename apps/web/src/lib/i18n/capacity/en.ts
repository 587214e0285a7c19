import { boardEn } from './board.en';
import type { CapacityTranslation } from './fr';
import { historyEn } from './history.en';

export const en: CapacityTranslation = { ...boardEn, history: historyEn };
