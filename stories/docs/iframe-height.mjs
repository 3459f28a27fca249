// The starting height of an iframe snippet: one rule for the Storybook builder (iframe-snippet.ts)
// and the iframe test (integrations/iframe/test.mjs), which checks that the frame it writes fits.

/**
 * A compact badge reserves nothing (it sits inside a sentence); in a frame of its own it takes one
 * to two lines with its source link (47px in a 380px column, integrations/iframe/test.mjs).
 */
const MIN_REM = 3;

/**
 * The frame's starting height in px: the phone reservation of tip-widgets.css for these attributes
 * (`table`: stories/docs/iframe-heights.generated.json, from generate/embed-heights.mjs) plus
 * the stylesheet's tolerance. The frame's width is unknown, and the phone height is the taller
 * one: a wide frame without embed-host.js then shows some space under the widget, not a scrollbar.
 *
 * @param {{ slackRem: number, widgets: Record<string, { attributes: string[], heights: Record<string, number | null> }> }} table
 * @param {string} tag
 * @param {Map<string, string | true>} given the snippet's attributes; `true` for a boolean one
 * @returns {number}
 */
export function iframeHeightPx(table, tag, given) {
  const widget = table.widgets[tag];
  if (!widget) return 300;
  const key = widget.attributes
    .filter((name) => given.has(name))
    .map((name) => (given.get(name) === true ? name : `${name}=${given.get(name)}`))
    .join('&');
  const rem = widget.heights[key] ?? widget.heights[''] ?? 0;
  return Math.ceil((Math.max(rem, MIN_REM) + table.slackRem) * 16);
}
