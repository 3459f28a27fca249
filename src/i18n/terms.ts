// The label of a breakdown category (sex trafficking, women, …) in a locale; the names live in each locale pack.
import type { Locale } from './locale.js';
import { localePack, localText, type LocalText } from './messages.js';

/** The label of a breakdown group or item in `locale`, and the language it is in. */
export function termLabel(locale: Locale, id: string, english: string): LocalText {
  const terms = localePack(locale)?.terms;
  return localText(locale, english, terms && Object.hasOwn(terms, id) ? terms[id] : undefined);
}
