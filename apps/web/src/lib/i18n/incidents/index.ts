/**
 * The words of the incident screens (the log, the form, a report's page, the reports and the
 * distribution bans), in their own i18next namespace: they download with those screens.
 */
import i18n from 'i18next';
import { en } from './en';
import { fr } from './fr';

export const incidentsNamespace = 'incidents';

/** Adds the namespace in every language; safe to call again (each screen's module calls it). */
export function registerIncidentsTranslations(): void {
  if (i18n.hasResourceBundle('fr', incidentsNamespace)) return;
  i18n.addResourceBundle('fr', incidentsNamespace, fr);
  i18n.addResourceBundle('en', incidentsNamespace, en);
}
