// The iframe page (dist/cdn/embed.html): one widget chosen by the query string, full width, its height posted to the parent.
import type * as Loader from '../cdn.js';
import { clipText, parseEmbedQuery, shortName, widgetInfo, type WidgetInfo } from './query.js';

/**
 * The CDN bundle beside this file, by its plain relative address: its lazy chunks import it back
 * by that address, so a different one would load a second copy. A variable, so the build leaves
 * the import alone and the bundle's own chunk layout stays exactly the script embed's.
 */
const BUNDLE = './tip-widgets.js';

/** The whole library, which the bundle (a loader of elements by tag) hands over through `library()`. */
type Library = Awaited<ReturnType<typeof Loader.library>>;

/** `type` of the message posted to the parent window; `embed-host.js` listens for it. */
export const HEIGHT_MESSAGE = 'tip-widgets:height';
/** What `embed-host.js` sends a frame that may have posted its height before the host listened. */
export const MEASURE_MESSAGE = 'tip-widgets:measure';

/** `TipStatCard` -> `tip-stat-card`. */
function tagOf(exportName: string): string {
  return exportName.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
}

/**
 * The bundle's widgets, from its exports: every exported TipElement subclass that is registered
 * under the tag its name spells. Nothing else can be named by the query.
 */
function widgetsOf(lib: Library): WidgetInfo[] {
  const widgets: WidgetInfo[] = [];
  for (const [name, value] of Object.entries(lib)) {
    if (typeof value !== 'function' || !(value.prototype instanceof lib.TipElement)) continue;
    const tag = tagOf(name);
    if (customElements.get(tag) !== value) continue;
    const info = widgetInfo(tag, value as unknown as CustomElementConstructor);
    if (info) widgets.push(info);
  }
  return widgets;
}

/** `stat-card` -> `Stat card`, for the document title. */
function humanName(tag: string): string {
  const words = shortName(tag).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Shows `problems` as one message (text only) and logs them in one warning. */
function showProblems(root: HTMLElement, problems: string[]): void {
  const box = document.createElement('div');
  box.className = 'tip-embed-message';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = 'This widget cannot be shown:';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  box.append(title, list);
  root.replaceChildren(box);
  document.title = 'tip-widgets: widget not shown';
  console.warn(`[tip-widgets] embed.html: ${problems.join('; ')}. See https://www.npmjs.com/package/tip-widgets#embed-it`);
}

/**
 * Posts the document's height to the parent whenever it changes: content arriving, a language
 * loading, the frame becoming narrower or wider. A height is no secret, so any parent may read it
 * (`'*'`); `embed-host.js` decides which frames it believes.
 */
function postHeights(): void {
  if (window.parent === window) return;
  let last = -1;
  let frame = 0;
  const post = (): void => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => {
    if (!frame) frame = requestAnimationFrame(post);
  }).observe(document.documentElement);
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
    if ((data as { type?: unknown }).type !== MEASURE_MESSAGE) return;
    last = -1;
    post();
  });
  post();
}

async function main(): Promise<void> {
  const root = document.getElementById('tip-embed');
  if (!root) return;
  let lib: Library;
  try {
    // Every element is registered before the query is read: the query may name any of them.
    lib = await ((await import(/* @vite-ignore */ BUNDLE)) as typeof Loader).library();
  } catch (error) {
    showProblems(root, [`tip-widgets.js could not be loaded (${clipText(error instanceof Error ? error.message : String(error), 120)})`]);
    postHeights();
    return;
  }
  const { request, problems } = parseEmbedQuery(location.search, widgetsOf(lib));
  if (!request) {
    showProblems(root, problems);
    postHeights();
    return;
  }
  const element = document.createElement(request.tag) as InstanceType<Library['TipElement']>;
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  root.replaceChildren(element);
  // The element has resolved its language on connecting (an unknown `locale` falls back to English
  // with the element's own warning): the document says the same, for screen readers and hyphenation.
  document.documentElement.lang = element.resolvedLocale;
  document.title = `${humanName(request.tag)}: tip-widgets`;
  element.addEventListener('tip-load', (event) => {
    const title = (event as CustomEvent<{ dataset?: { source?: { title?: unknown } } }>).detail?.dataset?.source?.title;
    if (typeof title === 'string') document.title = `${humanName(request.tag)}: ${clipText(title, 120)}`;
  });
  postHeights();
}

void main();
