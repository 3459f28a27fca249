// The languages the widgets speak besides English, one entry per locale: what must be known before
// its pack loads (its tag, which a requested tag matches by language and script, its Intl tag, which dataset translations it shows) and how to
// load the pack, from the language's own folder (src/locales/<language>/). Adding a language is its
// folder plus its entries here (docs/architecture.md); a page can add one at run time with
// registerLocale() from tip-widgets. English is the source language, built in: each element's
// English messages live beside it.
import type { LocaleInfo } from '../i18n/locale.js';

/** Both Serbian scripts come from one chunk: one catalog in Latin, Cyrillic derived from it. */
const serbian = () => import('./sr/index.js').then((module) => module.packs);

export const BUILT_IN: readonly LocaleInfo[] = [
  { tag: 'en' },
  { tag: 'sr-Latn', intl: 'sr-Latn-RS', translations: 'sr-Latn', load: serbian },
  { tag: 'sr-Cyrl', intl: 'sr-Cyrl-RS', translations: 'sr-Latn', load: serbian },
];
