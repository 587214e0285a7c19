/**
 * The words of the capacity screens (the board and a service's history), in their own i18next
 * namespace: they download with those screens, not with the first page.
 */
import i18n from 'i18next';
import { en } from './en';
import { fr } from './fr';

export const capacityNamespace = 'capacity';

/** Adds the namespace in every language; safe to call again (each screen's module calls it). */
export function registerCapacityTranslations(): void {
  if (i18n.hasResourceBundle('fr', capacityNamespace)) return;
  i18n.addResourceBundle('fr', capacityNamespace, fr);
  i18n.addResourceBundle('en', capacityNamespace, en);
}
