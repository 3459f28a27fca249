// The host page's colour scheme: a page that declares `color-scheme: dark` (meta tag, or CSS on
// :root or an ancestor) gets the dark accents without a `theme` attribute, as a dark system does.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/stat-card.js';
import type { TipElement } from '../src/base/tip-element.js';
import { expectAccessible } from './helpers.js';

const LIGHT = 'rgb(47, 116, 192)'; // #2f74c0, theme auto in a light page
const DARK = 'rgb(75, 138, 214)'; // #4b8ad6, theme auto in a dark page or system
const THEME_LIGHT = 'rgb(29, 95, 166)'; // #1d5fa6, theme="light"

/** A convictions card in `parent`, and the colour of its change arrow (var(--_accent)). */
async function accent(parent: HTMLElement, theme?: string): Promise<{ el: TipElement; colour: string }> {
  const el = document.createElement('tip-stat-card') as TipElement;
  el.setAttribute('metric', 'convictions');
  if (theme) el.setAttribute('theme', theme);
  parent.append(el);
  await el.loadComplete;
  return { el, colour: getComputedStyle(el.shadowRoot!.querySelector('.icon')!).color };
}

describe("the host page's colour scheme", () => {
  before(() => emulateMedia({ colorScheme: 'light' }));
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('is light on a page that declares nothing, with a light system', async () => {
    const { el, colour } = await accent(document.body);
    expect(colour).to.equal(LIGHT);
    el.remove();
  });

  it('is dark under <meta name="color-scheme" content="dark">, with a light system', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    try {
      const { el, colour } = await accent(document.body);
      expect(colour).to.equal(DARK);
      const light = await accent(document.body, 'light');
      expect(light.colour, 'theme="light" stays light').to.equal(THEME_LIGHT);
      el.remove();
      light.el.remove();
    } finally {
      meta.remove();
    }
  });

  it('is dark under :root { color-scheme: dark }, and axe-clean there', async () => {
    const style = document.createElement('style');
    style.textContent = ':root { color-scheme: dark; background: #121212; color: #eee; }';
    document.head.append(style);
    try {
      const { el, colour } = await accent(document.body);
      expect(colour).to.equal(DARK);
      await expectAccessible(el);
      el.remove();
    } finally {
      style.remove();
    }
  });

  it('follows an ancestor that sets color-scheme: dark, and only inside it', async () => {
    const dark = document.createElement('div');
    dark.style.colorScheme = 'dark';
    document.body.append(dark);
    const inside = await accent(dark);
    const outside = await accent(document.body);
    expect(inside.colour).to.equal(DARK);
    expect(outside.colour).to.equal(LIGHT);
    dark.remove();
    outside.el.remove();
  });

  it('still follows a dark system on a page that declares nothing', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { el, colour } = await accent(document.body);
      expect(colour).to.equal(DARK);
      el.remove();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
