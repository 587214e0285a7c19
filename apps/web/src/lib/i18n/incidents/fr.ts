/**
 * French words of the incident screens (namespace `incidents`), one file per screen; the
 * controlled lists in `common`.
 */
import { bansFr } from './bans.fr';
import { commonFr } from './common.fr';
import { formFr } from './form.fr';
import { listFr } from './list.fr';
import { reportFr } from './report.fr';
import { retentionFr } from './retention.fr';

export const fr = {
  common: commonFr,
  form: formFr,
  list: listFr,
  report: reportFr,
  bans: bansFr,
  retention: retentionFr,
};
export type IncidentsTranslation = typeof fr;
