// Types for checks/translation-fidelity.mjs, which test/translations.test.ts imports.
/** The figures (in order) and currencies (in order) of a text; `lang` is `en` or `sr` (Serbian Latin). */
export declare function tokens(text: string, lang: 'en' | 'sr'): { figures: number[]; money: string[] };
/** Problems with one translation: figures, currencies, qualifiers, negation. `[]` when it keeps them all. */
export declare function pairProblems(english: string, translated: string, where?: string): string[];
export interface GlossaryEntry {
  id: string;
  english: string;
  serbian: string;
  en: RegExp;
  forms: RegExp;
  mention: RegExp;
}
/** The official Serbian names of the institutions the report names. */
export declare const GLOSSARY: GlossaryEntry[];
/** Serbian mentions of an institution that are not its official name; with `english`, also a name the English has and the translation lacks. */
export declare function glossaryProblems(translated: string, english?: string, where?: string): string[];
/** [where, english, translated, kind] for every translated text of a dataset. */
export declare function translatedPairs(dataset: unknown, tag: string): [string, string, string, 'report' | 'ours'][];
/** Texts with a translation slot but none filled in. */
export declare function missingTranslations(dataset: unknown, tag: string): string[];
/** Notes citing a figure by a label that is no figure's translated label. */
export declare function citationProblems(dataset: unknown, tag: string): string[];
/** What follows a translated quote of the report inside a note of ours, per language tag. */
export declare const UNOFFICIAL_MARK: Record<string, string>;
/** Translated report quotes in notes and discrepancy descriptions that are not marked as an unofficial translation. */
export declare function quoteMarkProblems(dataset: unknown, tag: string, report: string | undefined): string[];
/** Translated report texts with a nested quotation in „…” instead of ‚…‘. */
export declare function nestingProblems(dataset: unknown, tag: string): string[];
export interface TermEntry {
  id: string;
  english: string;
  serbian: string;
  en: RegExp;
  sr: RegExp;
  wrong: RegExp;
  unless: RegExp;
}
/** Terms rendered one way everywhere. */
export declare const TERMS: TermEntry[];
/** A term rendered another way than its one Serbian rendering. */
export declare function termProblems(english: string, translated: string, where?: string): string[];
/** Every problem with a dataset's translations into `tag`; with `report`, also unmarked report quotes in notes. */
export declare function translationProblems(dataset: unknown, tag?: string, report?: string): string[];
