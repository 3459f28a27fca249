export declare const ELEMENTS: readonly { name: string; className: string; entryNote?: string }[];
export declare const TAGS: readonly string[];
