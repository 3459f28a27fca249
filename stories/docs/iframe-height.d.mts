// Types for stories/docs/iframe-height.mjs, which iframe-snippet.ts imports.
export interface HeightTable {
  slackRem: number;
  widgets: Record<string, { attributes: string[]; heights: Record<string, number | null> }>;
}
export declare function iframeHeightPx(table: HeightTable, tag: string, given: Map<string, string | true>): number;
