// Types for checks/provenance.mjs, which test/data.test.ts imports.
export declare const WORDS: Record<number, string[]>;
/** The ways the report may write n: 1650000, 1,650,000, 50.5 million, nine, none. */
export declare function writtenForms(n: number): { digits: string[]; words: string[] };
/** A regular-expression source matching n as a whole figure in any written form (use with the `i` flag). */
export declare function figurePattern(n: number): string;
/** True when text states n in one of its written forms, as a whole number (24 does not match 2024). */
export declare function statesNumber(text: string, n: number): boolean;
/** Ids the widgets and users rely on, with the figures the report gives for them. */
export declare const FIXED_FIGURES: Record<string, Partial<Record<'value' | 'previous' | 'valueUsd' | 'previousUsd', number>>>;
