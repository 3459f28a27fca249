// The Share menu, loaded on the first click of a widget's "Share" button (TipElement's `share`):
// a disclosure whose items download the figure as PNG or SVG, copy its citation (plain text,
// BibTeX, CSL-JSON) or copy its embed code. Built with DOM calls and textContent only: no string
// from a dataset or the page ever becomes markup.
//
// Keyboard: the button opens and closes it (Enter, Space) and moves focus to the first item; the
// arrow keys, Home and End move between the items, Tab goes through them in order; Escape closes
// the menu and returns focus to the button. The button says `aria-expanded`; the list is labelled.
import type { Dataset } from '../data/types.js';
import type { Locale } from '../i18n/locale.js';
import { citation, type CitationRequest } from './citation.js';
import { widgetAttributes, widgetEmbedCode } from './embed.js';
import { shareText, type ShareKey } from './messages.js';
import { save, svgBlob, pngBlob } from './download.js';
import { figureOf, SIZES, svgWithFont, type ImageSize } from './image.js';

/** What the menu needs of a widget: TipElement's public face. */
export interface ShareWidget extends HTMLElement {
  readonly resolvedLocale: Locale;
}

type Action = 'png' | 'svg' | 'cite' | 'bibtex' | 'csl' | 'embed';
const ACTIONS: Action[] = ['png', 'svg', 'cite', 'bibtex', 'csl', 'embed'];
const SIZE_KEYS: Record<ImageSize, ShareKey> = {
  widget: 'size.widget',
  '1200x675': 'size.landscape',
  '1080x1080': 'size.square',
  '1200x630': 'size.preview',
};

let sheet: CSSStyleSheet | undefined;
let ids = 0;

/** The menu's own styles, adopted into a widget's shadow root when its menu first opens. */
function styles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .share-menu { display: grid; gap: 0.5rem; margin-block-start: 0.5rem; padding: 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
      .share-menu[hidden] { display: none; }
      .share-menu ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
      .share-menu li button { inline-size: 100%; text-align: start; }
      .share-menu label { display: grid; gap: 0.25rem; font-size: 0.875em; }
      .share-menu select, .share-menu textarea { font: inherit; color: inherit; background: var(--_surface); border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); min-block-size: 44px; }
      .share-menu select:focus-visible, .share-menu textarea:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
      .share-menu textarea { inline-size: 100%; min-block-size: 6rem; font-family: ui-monospace, monospace; font-size: 0.8125em; }
      .share-menu [role='status']:empty { display: none; }
      @media print { .share-menu { display: none !important; } }
    `);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The widget's attributes as the figure and the citation read them: name → value ("" for a boolean). */
function attributeMap(widget: ShareWidget): Record<string, string> {
  const map: Record<string, string> = Object.create(null);
  for (const [name, value] of widgetAttributes(widget, widget.resolvedLocale)) map[name] = value === true ? '' : value;
  return map;
}

/** What the widget shows, for its citation and its image. */
export function requestOf(widget: ShareWidget, dataset: Dataset): CitationRequest {
  return { tag: widget.localName, attributes: attributeMap(widget), dataset, locale: widget.resolvedLocale };
}

/** The texts each copy item puts on the clipboard, for `widget` showing `dataset`. */
export function copyTexts(widget: ShareWidget, dataset: Dataset): Record<'cite' | 'bibtex' | 'csl' | 'embed', string> {
  const cited = citation(requestOf(widget, dataset));
  return {
    cite: cited.text,
    bibtex: cited.bibtex,
    csl: JSON.stringify([cited.csl], null, 2),
    embed: widgetEmbedCode(widget, dataset, widget.resolvedLocale),
  };
}

/** A name for a downloaded file: letters, digits and dashes only. */
function fileName(widget: ShareWidget, size: ImageSize, extension: string): string {
  const attributes = attributeMap(widget);
  const what = attributes.metric ?? attributes.preset ?? '';
  return `${[widget.localName, what, widget.resolvedLocale, size].filter(Boolean).join('-').replace(/[^A-Za-z0-9-]+/g, '-')}.${extension}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** The menu of `widget`, built on its first opening, under the Share button. */
function build(widget: ShareWidget, button: HTMLButtonElement, dataset: Dataset): HTMLElement {
  const locale = widget.resolvedLocale;
  const t = (key: ShareKey, params?: Record<string, string>) => shareText(locale, key, params);
  const panel = element('div', { className: 'share-menu', id: `tip-share-${++ids}` });
  panel.lang = locale;
  const list = element('ul');
  list.setAttribute('aria-label', t('menu'));
  const status = element('p');
  status.setAttribute('role', 'status');
  const sizeField = element('label');
  const size = element('select');
  for (const value of SIZES) size.append(element('option', { value, textContent: t(SIZE_KEYS[value]) }));
  sizeField.append(t('size'), size);
  let copyBox: HTMLLabelElement | undefined;

  const say = (text: string) => {
    status.textContent = '';
    // A new node's text, a moment later, so a screen reader announces a repeated message again.
    setTimeout(() => (status.textContent = text), 50);
  };
  const copy = async (text: string) => {
    copyBox?.remove();
    copyBox = undefined;
    try {
      await navigator.clipboard.writeText(text);
      say(t('copied'));
    } catch {
      // No clipboard (an insecure page, a denied permission): the text, selected, to copy by hand.
      copyBox = element('label');
      const box = element('textarea', { readOnly: true, value: text });
      copyBox.append(t('copyLabel'), box);
      panel.append(copyBox);
      say(t('copyFailed'));
      box.focus();
      box.select();
    }
  };
  const run = async (action: Action) => {
    try {
      if (action === 'png' || action === 'svg') {
        const chosen = size.value as ImageSize;
        const image = figureOf(requestOf(widget, dataset), chosen, widget);
        const name = fileName(widget, chosen, action);
        // The SVG names its font and carries none: a small file a designer can edit. The PNG has
        // the font drawn in, so Cyrillic and Latin look the same on every machine.
        if (action === 'svg') save(svgBlob(image.svg), name);
        else {
          let png: Blob;
          try {
            png = await pngBlob(await svgWithFont(image.svg), image.width, image.height);
          } catch {
            say(t('pngFailed'));
            return;
          }
          save(png, name);
        }
        // The alt text to paste beside the image in a post or a newsletter.
        say(t('downloaded', { file: name, alt: image.alt }));
      } else {
        await copy(copyTexts(widget, dataset)[action]);
      }
    } catch (error) {
      say(t('failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  for (const action of ACTIONS) {
    const item = element('button', { type: 'button', textContent: t(action) });
    item.dataset.action = action;
    item.addEventListener('click', () => void run(action));
    list.append(element('li'));
    list.lastElementChild!.append(item);
  }
  panel.append(list, sizeField, status);
  button.setAttribute('aria-controls', panel.id);
  button.after(panel);

  panel.addEventListener('keydown', (event) => keys(event, button, panel));
  return panel;
}

/** The menu's keys: Escape closes it (focus back on the button); arrows, Home and End move between items. */
function keys(event: KeyboardEvent, button: HTMLButtonElement, panel: HTMLElement | null): void {
  if (!panel || panel.hidden) return;
  const items = [...panel.querySelectorAll<HTMLButtonElement>('li button')];
  const at = items.indexOf(event.target as HTMLButtonElement);
  let next: number | undefined;
  if (event.key === 'Escape') {
    event.stopPropagation();
    close(button, panel);
    button.focus();
  } else if (at >= 0 || event.target === button) {
    if (event.key === 'ArrowDown') next = at + 1;
    else if (event.key === 'ArrowUp') next = at < 0 ? items.length - 1 : at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
  }
  if (next !== undefined) {
    event.preventDefault();
    items[(next + items.length) % items.length]!.focus();
  }
}

const withKeys = new WeakSet<HTMLButtonElement>();

function close(button: HTMLButtonElement, panel: HTMLElement): void {
  panel.hidden = true;
  button.setAttribute('aria-expanded', 'false');
}

/** Opens `widget`'s Share menu under `button` (focus on its first item), or closes it. */
export function toggle(widget: ShareWidget, button: HTMLButtonElement, dataset: Dataset): void {
  const root = widget.shadowRoot;
  if (root) styles(root);
  const existing = button.nextElementSibling as HTMLElement | null;
  const open = existing?.classList.contains('share-menu') ? existing : null;
  if (open && !open.hidden) {
    close(button, open);
    return;
  }
  // Built afresh on each opening: the widget's language, attributes or dataset may have changed.
  open?.remove();
  const panel = build(widget, button, dataset);
  if (!withKeys.has(button)) {
    withKeys.add(button);
    button.addEventListener('keydown', (event) => {
      const menu = button.nextElementSibling;
      keys(event, button, menu?.classList.contains('share-menu') ? (menu as HTMLElement) : null);
    });
  }
  button.setAttribute('aria-expanded', 'true');
  panel.querySelector('button')!.focus();
}
