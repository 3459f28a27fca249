// Serbian names for the breakdown categories datasets share (sex trafficking, women, …), by id.
import type { Locale } from './locale.js';
import { toCyrillic } from './translit.js';

/**
 * Breakdown item and group ids are stable across datasets, so their Serbian names live here
 * rather than in every dataset. An id not listed keeps the dataset's English label (marked `lang="en"`).
 *
 * Forms of exploitation follow the categories of the Centar za zaštitu žrtava trgovine ljudima
 * (seksualna, radna, višestruka eksploatacija; prinudno prosjačenje; prinuda na vršenje krivičnih
 * dela); sanctions follow the Krivični zakonik. Items that are shown as a part of another
 * ("od toga prinudno prosjačenje: 13") start in lower case; every other label starts a line and
 * is capitalised.
 */
const SR_LATN: Record<string, string> = {
  // Groups
  form: 'Po obliku eksploatacije',
  'sex-age': 'Po polu i uzrastu',
  age: 'Po uzrastu',
  nationality: 'Po državljanstvu',
  sentence: 'Po izrečenoj sankciji',
  // Forms of exploitation
  'sex-trafficking': 'Seksualna eksploatacija',
  'labor-trafficking': 'Radna eksploatacija',
  'multiple-forms': 'Višestruka eksploatacija',
  'forced-begging': 'prinudno prosjačenje',
  'forced-criminality': 'prinuda na vršenje krivičnih dela',
  // Sex, age, nationality
  women: 'Žene',
  men: 'Muškarci',
  girls: 'Devojčice',
  boys: 'Dečaci',
  children: 'Deca',
  'foreign-nationals': 'Strani državljani',
  // Sentences
  'prison-3-to-5-years': 'Zatvor od 3 do 5 godina',
  'prison-6-to-10-years': 'Zatvor od 6 do 10 godina',
  'prison-12-5-to-13-5-years': 'Zatvor od 12 godina i 6 meseci do 13 godina i 6 meseci',
  'house-arrest-1-year': 'Kućni zatvor od godinu dana',
  'psychiatric-treatment': 'Obavezno psihijatrijsko lečenje i čuvanje u zdravstvenoj ustanovi',
};

/** Every id with a Serbian name, for tests that check a dataset's breakdowns are covered. */
export const TERM_IDS: readonly string[] = Object.keys(SR_LATN);

/** The label of a breakdown group or item in `locale`, and the language it is in. */
export function termLabel(locale: Locale, id: string, english: string): { text: string; lang: string } {
  if (locale === 'en' || !Object.hasOwn(SR_LATN, id)) return { text: english, lang: 'en' };
  const latin = SR_LATN[id]!;
  return locale === 'sr-Cyrl' ? { text: toCyrillic(latin), lang: 'sr-Cyrl' } : { text: latin, lang: 'sr-Latn' };
}
