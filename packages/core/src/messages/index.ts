import type { Locale } from '../account';
import { frenchMessages } from './fr';
import { messageTranslator } from './translate';

export { answerLocale, messageTranslator, type MessageCatalogue } from './translate';
export { frenchMessages } from './fr';

const toFrench = messageTranslator(frenchMessages);

/** A message of the server in the person's language (English messages are the keys). */
export function translateMessage(message: string, locale: Locale): string {
  return locale === 'fr' ? toFrench(message) : message;
}
