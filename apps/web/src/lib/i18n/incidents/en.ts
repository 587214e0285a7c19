import { bansEn } from './bans.en';
import { commonEn } from './common.en';
import { formEn } from './form.en';
import type { IncidentsTranslation } from './fr';
import { listEn } from './list.en';
import { reportEn } from './report.en';
import { retentionEn } from './retention.en';

export const en: IncidentsTranslation = {
  common: commonEn,
  form: formEn,
  list: listEn,
  report: reportEn,
  bans: bansEn,
  retention: retentionEn,
};
