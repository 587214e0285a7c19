/**
 * The words of the agenda screens (agenda, an item, action items), in their own i18next
 * namespace: they download with those screens, not with the first page.
 */
import i18n from 'i18next';
import { en } from './en';
import { fr } from './fr';

export const agendaNamespace = 'agenda';

/** Adds the namespace in every language; safe to call again (each screen's module calls it). */
export function registerAgendaTranslations(): void {
  if (i18n.hasResourceBundle('fr', agendaNamespace)) return;
  i18n.addResourceBundle('fr', agendaNamespace, fr);
  i18n.addResourceBundle('en', agendaNamespace, en);
}
