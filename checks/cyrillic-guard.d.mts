// Types for checks/cyrillic-guard.mjs, which test/cyrillic-guard.test.ts imports.
/** All-capital words allowed unmarked in Serbian Latin text, each with its reason. */
export declare const ALLOWED: Record<string, string>;
/** English words that flag a Serbian string. */
export declare const ENGLISH_WORDS: string[];
/** Words of Serbian Latin text the Cyrillic transform would mangle, unless marked ⟦…⟧ or allowed. */
export declare function latinLeaks(text: string, allowed?: Record<string, string>): { word: string; why: string }[];
/** Every Serbian Latin text a dataset's widgets show, as [where, text]. */
export declare function serbianTexts(dataset: unknown, tag?: string): [string, string][];
/** Every leak in [where, text] pairs, as readable problems. */
export declare function leakProblems(texts: [string, string][], allowed?: Record<string, string>): string[];
