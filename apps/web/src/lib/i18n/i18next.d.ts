import 'i18next';
import type { Translation } from './fr';
import type { AgendaTranslation } from './agenda/fr';
import type { CapacityTranslation } from './capacity/fr';
import type { IncidentsTranslation } from './incidents/fr';
import type { ScheduleTranslation } from './schedule/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Translation;
      /** Added by the distribution screens when they load (see ./schedule). */
      schedule: ScheduleTranslation;
      /** Added by the agenda screens when they load (see ./agenda). */
      agenda: AgendaTranslation;
      /** Added by the capacity screens when they load (see ./capacity). */
      capacity: CapacityTranslation;
      /** Added by the incident screens when they load (see ./incidents). */
      incidents: IncidentsTranslation;
    };
  }
}
