// Shared test helpers: mount a widget and wait for its data, read what a reader sees, run axe.
import 'axe-core/axe.min.js';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TipElement } from '../src/base/tip-element.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
declare global {
  var axe: { run(context: Element, options?: object): Promise<AxeResult> };
}

/** Mounts `template` and resolves once the widget's data has loaded and rendered. */
export async function mount<T extends TipElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.loadComplete;
  return el;
}

/** What the shadow root shows as text, whitespace collapsed (hidden `<details>` bodies included). */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the element's light-DOM fallback text is laid out on the page (slotted and not hidden). */
export function fallbackShown(el: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().height > 0;
}

/** Text a sighted reader sees (innerText respects closed details and display:none). */
export function visibleText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  return [...root.children]
    .map((c) => (c instanceof HTMLElement ? c.innerText : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Runs axe on `el` (shadow DOM included) and fails with a readable list of violations. */
export async function expectAccessible(el: Element): Promise<void> {
  const result = await globalThis.axe.run(el, { resultTypes: ['violations'] });
  const lines = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary ?? '')).join('; ')}`,
  );
  if (lines.length) throw new Error(`axe found ${lines.length} violation(s):\n${lines.join('\n')}`);
}

/** Collects console.warn calls while `fn` runs, then restores console.warn. */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A string no other test (or earlier run) has used: a fresh address for the counts below. */
export const unique = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** How often the test server was asked for `url` (path and query; test/server/plugins.mjs counts them). */
export async function requestsFor(url: string): Promise<number> {
  const res = await fetch(`/__test__/count-url?url=${encodeURIComponent(url)}`);
  return ((await res.json()) as { count: number }).count;
}

export { html };
