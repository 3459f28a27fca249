// A guard for the Cyrillic transform (src/locales/sr/translit.ts): Serbian Cyrillic is generated
// letter by letter from the Latin text, and only ⟦…⟧ runs stay Latin. An acronym or an English
// word written into Serbian Latin text unmarked comes out as nonsense ("CPTV" → "ЦПТВ", "Tier 2" →
// "Тиер 2", "State Department" → "Стате Департмент"). latinLeaks() finds such words: any all-capital
// word, any word with a letter Serbian Latin lacks (q, w, x, y), and any word on a list of English
// words, unless it is marked ⟦…⟧ or on the reviewed allow-list below. Pure functions, no imports,
// so the browser test (test/cyrillic-guard.test.ts) and node can both load it.

/**
 * All-capital words reviewed and allowed unmarked, each with why its Cyrillic form is right.
 * Add a word only with a reason; an entry no text uses fails the test, so the list stays true.
 */
export const ALLOWED = {
  SOS: 'The help line is an "SOS linija"; Serbian Cyrillic writes it СОС линија, so it is transliterated on purpose.',
  ASTRA: "The NGO's name; the Cyrillic press transliterates names of organisations (АСТРА), as the catalog's kept-Latin rule says (src/locales/sr/messages.ts).",
};

/**
 * English words that are not also Serbian words, matched in any case: the report's and the
 * interface's vocabulary that could slip into a Serbian string untranslated. Left out because they
 * are Serbian words too: plan, table (table, boards), police (shelves), list (leaf, newspaper).
 */
export const ENGLISH_WORDS = [
  'tier', 'watch', 'state', 'department', 'report', 'trafficking', 'persons', 'hotline', 'government',
  'ministry', 'council', 'center', 'centre', 'office', 'prosecutor', 'victim', 'victims',
  'labor', 'labour', 'shelter', 'national', 'action', 'the', 'and', 'of', 'for', 'with', 'from',
  'source', 'notes', 'chart', 'download', 'show', 'hide', 'loading', 'error', 'see',
];
const ENGLISH = new Set(ENGLISH_WORDS);

/** Runs toCyrillic keeps as written: ⟦…⟧ marks, web and e-mail addresses, {placeholders}. */
const KEPT = /⟦[^⟧]*(?:⟧|$)|https?:\/\/[^\s⟦⟧]+|\bwww\.[^\s⟦⟧]+|[^\s⟦⟧]+@[^\s⟦⟧]+|\{[A-Za-z_]\w*\}/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The words of Serbian Latin `text` that the Cyrillic transform would mangle: each as
 * { word, why }. `[]` when every such word is marked ⟦…⟧ or allowed.
 */
export function latinLeaks(text, allowed = ALLOWED) {
  const leaks = [];
  for (const m of String(text).replace(KEPT, ' ').matchAll(WORD)) {
    const word = m[0].normalize('NFC');
    if (Object.hasOwn(allowed, word)) continue;
    const letters = [...word];
    if (letters.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) leaks.push({ word, why: 'an all-capital word (an acronym?)' });
    else if (/[qwxy]/iu.test(word)) leaks.push({ word, why: 'a letter Serbian Latin does not have (q, w, x, y)' });
    else if (ENGLISH.has(word.toLowerCase())) leaks.push({ word, why: 'an English word' });
  }
  return leaks;
}

/**
 * Every Serbian Latin text of a dataset that widgets show, as [where, text]: every string under a
 * `sr-Latn` key. Left out: the translator's field and notes of `translations.sr-Latn` and the
 * translator's note on a recommendation, English prose for the dataset's editors that no widget
 * shows or transliterates.
 */
export function serbianTexts(dataset, tag = 'sr-Latn') {
  const out = [];
  const forEditors = new RegExp(`^translations\\.${tag}\\.(translator|notes)|^recommendations\\[\\d+\\]\\.translations\\.${tag}\\.note$`, 'u');
  const walk = (value, where, serbian) => {
    if (typeof value === 'string') {
      if (serbian && !forEditors.test(where)) out.push([where, value]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`, serbian));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, where ? `${where}.${k}` : k, serbian || k === tag);
    }
  };
  walk(dataset, '', false);
  return out;
}

/** Every leak in `[where, text]` pairs, as "where: word (why)". */
export function leakProblems(texts, allowed = ALLOWED) {
  return texts.flatMap(([where, text]) => latinLeaks(text, allowed).map(({ word, why }) => `${where}: “${word}”, ${why}: mark it ⟦${word}⟧ or translate it`));
}
