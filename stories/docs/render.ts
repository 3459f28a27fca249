// Renders any tip-* element for a story from its args: the attributes come from the manifest, so a
// new attribute reaches every story (and the snippet shown under it) without a story edit.
import type { StoryContext } from '@storybook/web-components';
import { html, nothing, render, type TemplateResult } from 'lit';
import { themeAttr } from './globals.js';
import { attributesFromArgs, defaultFallback } from './snippet.js';

type Args = Record<string, unknown>;

/** A non-empty string, or undefined. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * The element `tag` with the attributes `args` set (theme from the arg, else the toolbar), the
 * `tip-load`/`tip-error` actions wired, and `children` (e.g. slotted content) before its
 * fallback text, which is `args.fallback` or the dataset's own sentence for the tag.
 */
export function renderWidget(tag: string, args: Args, context: StoryContext, children: TemplateResult | typeof nothing = nothing): HTMLElement {
  const el = document.createElement(tag);
  const attributes = attributesFromArgs(tag, args);
  for (const [name, value] of attributes) if (name !== 'theme') el.setAttribute(name, value === true ? '' : value);
  const theme = themeAttr(args, context);
  if (theme) el.setAttribute('theme', theme);
  for (const [event, handler] of [['tip-load', args.onTipLoad], ['tip-error', args.onTipError]] as const) {
    if (typeof handler === 'function') el.addEventListener(event, handler as EventListener);
  }
  const fallback = text(args.fallback) ?? defaultFallback(tag, attributes);
  render(html`${children}${fallback}`, el);
  return el;
}
