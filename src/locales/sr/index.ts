// The Serbian pack, both scripts from one chunk loaded only when a widget resolves to Serbian: the
// catalog and terms in Latin (./messages.ts), Cyrillic derived from them (./translit.ts), and the
// bundled report's Serbian translations (merged by src/data/translations.ts, which rides here).
import { html, type TemplateResult } from 'lit';
import type { Locale, LocalePack } from '../../i18n/locale.js';
import { withTranslations } from '../../data/translations.js';
import { srLatn, terms } from './messages.js';
import { stripKeepMarks, toCyrillic } from './translit.js';

const cyrillicCache = new Map<string, string>();

/**
 * `latin` in Cyrillic, each distinct text transliterated once per page (messages, labels, terms
 * and hotline fields render again on every update).
 */
function cyrillic(latin: string): string {
  let cyr = cyrillicCache.get(latin);
  if (cyr === undefined) {
    cyr = toCyrillic(latin);
    if (cyrillicCache.size < 2000) cyrillicCache.set(latin, cyr);
  }
  return cyr;
}

/** The pack of `tag`, whose texts `show` turns from the Latin source into what is shown. */
function pack(tag: Locale, show: (latin: string) => string): LocalePack {
  return {
    messages: srLatn,
    terms,
    show,
    withTranslations: (dataset) => withTranslations(dataset, 'sr-Latn'),
    // Its label is not in the catalog: only a widget in another language than English shows a
    // translation, so English pages never load it.
    translationLine: (latin: string): TemplateResult =>
      html`<p class="translation"><strong>${show('Nezvaničan prevod:')}</strong> <span lang=${tag}>„${show(latin)}”</span></p>`,
  };
}

export const packs: Record<Locale, LocalePack> = {
  'sr-Latn': pack('sr-Latn', stripKeepMarks),
  'sr-Cyrl': pack('sr-Cyrl', cyrillic),
};

/** Serbian Latin → Cyrillic, for tests and for pages that translate their own text beside the widgets. */
export { toCyrillic };
