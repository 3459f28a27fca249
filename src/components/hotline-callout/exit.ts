// The quick exit of <tip-hotline-callout quick-exit>: a button, and Shift pressed three times, that
// hide the page at once and replace it with a neutral one. Its own module, loaded only by a callout
// that sets `quick-exit`, so pages without it download none of this (README, "Quick exit").
//
// The callout's render calls `renderExit` after each update that shows its content; it puts the
// block (plain DOM, its own style sheet) above the callout's heading and writes its texts in the
// callout's language. The button exists only once this module has loaded, so it works the moment
// it shows. A server render (tip-widgets/ssr) may load the module, which then does nothing (no
// shadow root, no window there): the button comes with the browser's first update.
//
// It imports none of the element's modules (only types): the callout hands it the one shared
// function it needs (`renderExit`'s argument). A lazy chunk that imported them would make an
// app's bundler (Vite/rolldown) split the page's own code into more chunks: measured +500 B gzip
// on the npm four-widget page, two more requests.
import type { addMessages as AddMessages } from '../../i18n/messages.js';
import type { TipHotlineCallout } from './hotline-callout.js';
import { messages } from './exit.messages.js';

/**
 * Where the exit goes without `exit-url`: Google's search page. Neutral (a search page is what
 * anyone may have open), widely used and reachable in Serbia, quick to load, and it tells an
 * onlooker nothing of where the reader was. GOV.UK's "Exit this page" defaults to BBC Weather for
 * the same reasons; a weather page would do as well, but no single one is as universal in Serbia.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Each press of Shift must follow the one before within this time (ms) to count towards three. */
export const PRESS_GAP_MS = 1000;

/**
 * The callout whose quick exit this is (a type only: this module never imports the element's).
 * Its texts come through the callout's own `t` (`host['t']`, TypeScript's way to reach a protected
 * method from a module of the same element): importing the message function here instead would add
 * an export to the shared chunk that every CDN page loads.
 */
type ExitHost = TipHotlineCallout;
type ExitKey = keyof typeof messages;

/** Whether the messages are registered (on the first `renderExit`, which hands over the function). */
let registered = false;

/** `value` as an absolute http(s) address (resolved against the page), or undefined: base/tip-element.ts's safeHref. */
function httpAddress(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const CSS = `[part~='exit']{display:grid;gap:.25rem;justify-items:start}
[part~='exit-button']{background:var(--tip-quick-exit-background,#a4262c);color:var(--tip-quick-exit-color,#fff);border:2px solid var(--tip-quick-exit-background,#a4262c);font-weight:700}
[part~='exit-button']:hover{text-decoration:underline}`;
/** Made on first use: a server render (tip-widgets/ssr) may load this module, and has no CSSStyleSheet. */
let sheet: CSSStyleSheet | undefined;

/** The `exit-url` each callout was last warned about, so a value is named once per callout. */
const warned = new WeakMap<ExitHost, string>();

/**
 * The address the exit of `host` goes to: its `exit-url` when that is an http(s) address (a
 * relative one resolves against the page), else the default: silently when it is absent or blank,
 * with one console warning per callout and value otherwise. Never a `javascript:` or `data:` address.
 */
export function destination(host: ExitHost): string {
  // Absent or blank: the default, as for any attribute left empty (not the page itself, which a
  // blank address would resolve to).
  const value = host.exitUrl == null ? '' : String(host.exitUrl).trim();
  if (!value) return DEFAULT_EXIT_URL;
  const href = httpAddress(value);
  if (href) return href;
  const shown = value.slice(0, 80);
  if (warned.get(host) !== shown) {
    warned.set(host, shown);
    console.warn(
      `[tip-widgets] <${host.localName}>: invalid exit-url="${shown}"; the quick exit goes to ${DEFAULT_EXIT_URL} instead. Valid: an http(s) address. See https://www.npmjs.com/package/tip-widgets#quick-exit`,
    );
  }
  return DEFAULT_EXIT_URL;
}

/**
 * Leaves for `url` at once: the page is hidden first (nothing of it stays on screen while the next
 * page loads), then replaced with `location.replace`, so the history keeps no entry of it and Back
 * does not return to it. Inside a frame (the iframe embed) it replaces the whole tab where the page
 * around it allows that (no sandbox, or sandbox with `allow-top-navigation-by-user-activation`),
 * and otherwise the frame itself.
 */
export function leave(url: string): void {
  document.documentElement.style.setProperty('display', 'none', 'important');
  if (window.top !== window) {
    try {
      window.top!.location.replace(url);
      return;
    } catch {
      // The page around the frame does not let it navigate the tab (the browser throws a
      // SecurityError): the frame leaves instead.
    }
  }
  location.replace(url);
}

/** The callouts with a quick exit, for the keyboard shortcut (the first one still showing it leaves). */
const hosts = new Set<ExitHost>();
let presses = 0;
let lastPress = Number.NEGATIVE_INFINITY;
/** Whether the Shift now going up went down alone (not as part of Shift+letter, say). */
let alone = false;
let quiet: ReturnType<typeof setTimeout> | undefined;

/** The block of `host`, if it shows one. */
const blockOf = (host: ExitHost): HTMLElement | null | undefined => host.shadowRoot?.querySelector<HTMLElement>('[part~="exit"]');

function onKeyDown(event: KeyboardEvent): void {
  alone = event.key === 'Shift';
  if (!alone) presses = 0;
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift' || !alone) return;
  alone = false;
  const host = [...hosts].find((h) => h.isConnected && h.quickExit && blockOf(h));
  if (!host) return;
  presses = event.timeStamp - lastPress <= PRESS_GAP_MS ? presses + 1 : 1;
  lastPress = event.timeStamp;
  clearTimeout(quiet);
  if (presses >= 3) {
    presses = 0;
    leave(destination(host));
    return;
  }
  // Screen readers hear how many presses are left; the line empties once the time for the next is up.
  const status = blockOf(host)!.querySelector('[part~="exit-status"]')!;
  status.textContent = host['t'](presses === 1 ? 'exit.twoMore' : 'exit.oneMore');
  quiet = setTimeout(() => (status.textContent = ''), PRESS_GAP_MS);
}

// Once per page, in the capture phase, so a page's own key handlers cannot swallow the presses
// (not on a server, which has no window).
globalThis.addEventListener?.('keydown', onKeyDown, true);
globalThis.addEventListener?.('keyup', onKeyUp, true);

/** An element of the block: `tag`, with its `part` and class. */
function make(tag: string, part: string, className = ''): HTMLElement {
  const element = document.createElement(tag);
  if (part) element.setAttribute('part', part);
  if (className) element.className = className;
  return element;
}

/**
 * Shows the quick exit of `host` above its heading (once), and writes its texts in the callout's
 * language and its destination; called after each render of the callout's content once `quick-exit`
 * has been set. Takes the block away again when it is turned off (`quickExit` false).
 */
export function renderExit(host: ExitHost, addMessages: typeof AddMessages): void {
  if (!registered) {
    addMessages(messages);
    registered = true;
  }
  const root = host.shadowRoot;
  const heading = root?.getElementById('heading');
  if (!root || !heading) return;
  let block = blockOf(host);
  if (!host.quickExit) {
    block?.remove();
    return;
  }
  hosts.add(host);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  // Its own sheet, adopted beside the callout's: no page stylesheet, and nothing a strict CSP blocks.
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  if (!block) {
    block = make('div', 'exit');
    const button = make('button', 'exit-button');
    button.setAttribute('type', 'button');
    button.setAttribute('aria-describedby', 'exit-hint');
    button.addEventListener('click', () => leave(destination(host)));
    const hint = make('p', '', 'muted');
    hint.id = 'exit-hint';
    const status = make('p', 'exit-status', 'visually-hidden');
    status.setAttribute('role', 'status');
    block.append(button, hint, make('p', '', 'muted'), status);
  }
  // Above the heading, first in the callout: the first thing a reader (and Tab) reaches.
  if (block.nextElementSibling !== heading) heading.before(block);
  const t = (key: ExitKey, params?: Record<string, string>): string => host['t'](key, params);
  const [button, hint, note] = block.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
  button.textContent = t('exit.button');
  hint.textContent = t('exit.hint', { site: new URL(destination(host)).hostname.replace(/^www\./, '') });
  note.textContent = t('exit.note');
}
