/**
 * The words of the distribution screens (today, distributions, coverage), in their own i18next
 * namespace: they download with those screens, not with the first page.
 */
import i18n from 'i18next';
import { en } from './en';
import { fr } from './fr';

export const scheduleNamespace = 'schedule';

/** Adds the namespace in every language; safe to call again (each screen's module calls it). */
export function registerScheduleTranslations(): void {
  if (i18n.hasResourceBundle('fr', scheduleNamespace)) return;
  i18n.addResourceBundle('fr', scheduleNamespace, fr);
  i18n.addResourceBundle('en', scheduleNamespace, en);
}
