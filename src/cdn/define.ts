// The CDN build's `define` for the element modules (vite.config.ts puts it in place of ../define.ts
// for them): each element is defined in a turn of its own (../base/tasks.ts), after the task that
// evaluated its code. A file of several elements would otherwise upgrade every tag of every kind in
// the one task that evaluated it: on the demo article 12-16 ms under Lighthouse's trace, 4x that on
// its mobile profile. Until then the page's tags keep the height tip-widgets.css reserves
// (`:not(:defined)`). The npm build defines at once: an app that imports an element may create it
// on the next line.
import { nextTurn } from '../base/tasks.js';
import { define as defineNow } from '../define.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  void nextTurn().then(() => defineNow(tag, ctor));
}
