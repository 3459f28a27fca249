// <tip-hotline-callout quick-exit>: the button and its texts in three languages, keyboard and axe in
// this page; the exit itself (a click, three presses of Shift) in a sandboxed frame on the test
// server, which leaves the frame, as the real code does, for a page of the same server: nothing
// is stubbed. e2e/quick-exit.mjs checks the same on built pages, top-level and in the iframe embed.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline-callout.js';
import type { TipHotlineCallout } from '../src/components/hotline-callout/hotline-callout.js';
import { DEFAULT_EXIT_URL, PRESS_GAP_MS } from '../src/components/hotline-callout/exit.js';
import { captureWarnings, expectAccessible, html, mount, part } from './helpers.js';

const TARGET = '/test/pages/exit-target.html';

/** Resolves once `check` is true (polled each frame), or fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The callout's quick exit button, once its module has put it there. */
async function exitButton(el: TipHotlineCallout): Promise<HTMLButtonElement> {
  await until(() => !!part(el, 'exit-button'), 'the quick exit button');
  return part(el, 'exit-button') as HTMLButtonElement;
}

describe('<tip-hotline-callout quick-exit>', () => {
  it('shows no quick exit without the attribute', async () => {
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout></tip-hotline-callout>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part(el, 'exit')).to.equal(null);
  });

  for (const [locale, name, hint, note] of [
    ['en', 'Quick exit', 'Leaves this page at once for google.com, which the Back button does not undo. Keyboard: press Shift three times.', 'It does not clear your browser history.'],
    ['sr-Latn', 'Brzi izlaz', 'Odmah napušta ovu stranicu i otvara google.com, a dugme Nazad vas ne vraća ovde. Sa tastature: pritisnite Shift tri puta.', 'Ne briše istoriju pregledača.'],
    ['sr', 'Брзи излаз', 'Одмах напушта ову страницу и отвара google.com, а дугме Назад вас не враћа овде. Са тастатуре: притисните Shift три пута.', 'Не брише историју прегледача.'],
  ] as const) {
    it(`is a button named “${name}” first in the callout, with the shortcut and what it does not do (${locale}), and axe finds nothing`, async () => {
      const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout quick-exit locale=${locale}></tip-hotline-callout>`);
      const button = await exitButton(el);
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.textContent).to.equal(name);
      // Described by the hint, which names the destination and the shortcut.
      const hintEl = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(hintEl.textContent).to.equal(hint);
      expect(part(el, 'exit')!.textContent).to.contain(note);
      // First in the callout, above its heading, inside the box that carries the language.
      const base = part(el, 'base')!;
      expect(base.firstElementChild).to.equal(part(el, 'exit'));
      expect(base.getAttribute('lang')).to.equal(locale === 'sr' ? 'sr-Cyrl' : locale);
      // A screen reader's status line, empty until Shift is pressed.
      const status = part(el, 'exit-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');
      // Its own styles: a filled button, whatever the page's stylesheet.
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(164, 38, 44)');
      expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
      await expectAccessible(el);
    });
  }

  it('is the first thing Tab reaches in the callout', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    try {
      const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout quick-exit></tip-hotline-callout>`);
      const button = await exitButton(el);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
    } finally {
      before.remove();
    }
  });

  it('follows the language when it changes, and goes away when the switch is turned off', async () => {
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout quick-exit></tip-hotline-callout>`);
    expect((await exitButton(el)).textContent).to.equal('Quick exit');
    el.locale = 'sr-Latn';
    await el.loadComplete;
    await until(() => part(el, 'exit-button')!.textContent === 'Brzi izlaz', 'the Serbian label');
    el.removeAttribute('quick-exit');
    await el.updateComplete;
    await until(() => !part(el, 'exit'), 'the block to go');
    el.quickExit = true;
    await exitButton(el);
    el.quickExit = false;
    await el.updateComplete;
    await until(() => !part(el, 'exit'), 'the block to go (property)');
  });

  it('names its destination: exit-url when it is http(s), else the default with one warning, never javascript:', async () => {
    const good = await mount<TipHotlineCallout>(html`<tip-hotline-callout quick-exit exit-url="https://www.rhmz.rs/weather"></tip-hotline-callout>`);
    await exitButton(good);
    expect(part(good, 'exit')!.textContent).to.contain('at once for rhmz.rs,');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/']) {
      const warnings = await captureWarnings(async () => {
        const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout quick-exit exit-url=${bad}></tip-hotline-callout>`);
        await exitButton(el);
        expect(part(el, 'exit')!.textContent).to.contain('at once for google.com,');
        // Rendered again (a new language): still one warning.
        el.locale = 'sr-Latn';
        await el.loadComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(warnings.filter((w) => w.includes('exit-url')), bad).to.have.length(1);
      expect(warnings[0]).to.contain(`invalid exit-url="${bad}"`).and.to.contain(DEFAULT_EXIT_URL);
    }
  });
});

describe('<tip-hotline-callout quick-exit> leaving, in a sandboxed frame', () => {
  let frame: HTMLIFrameElement;

  /** A frame (no top navigation: it leaves itself) holding one callout with `attributes`. */
  async function calloutInFrame(attributes: Record<string, string>): Promise<{ el: TipHotlineCallout; win: Window; historyLength: number }> {
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.title = 'quick exit test';
    frame.style.cssText = 'width: 600px; height: 900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/quick-exit-frame.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('tip-hotline-callout');
    const el = win.document.createElement('tip-hotline-callout') as TipHotlineCallout;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    win.document.querySelector('main')!.append(el);
    await el.loadComplete;
    await exitButton(el);
    return { el, win, historyLength: win.history.length };
  }

  /** Resolves with the frame's address once it has left (or after `ms`, with the address it has then). */
  async function leftFor(ms = 3000): Promise<string> {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      try {
        if (frame.contentWindow!.location.pathname === TARGET && frame.contentDocument!.readyState === 'complete') break;
      } catch {
        // between documents
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return frame.contentWindow!.location.pathname;
  }

  afterEach(() => frame?.remove());

  it('one click hides the page at once and replaces it with exit-url, adding no history entry', async () => {
    const { el, win, historyLength } = await calloutInFrame({ 'quick-exit': '', 'exit-url': TARGET });
    const doc = win.document;
    part(el, 'exit-button')!.click();
    // Hidden in the same task as the click, before the next page arrives.
    expect(doc.documentElement.style.getPropertyValue('display')).to.equal('none');
    expect(doc.documentElement.style.getPropertyPriority('display')).to.equal('important');
    expect(await leftFor()).to.equal(TARGET);
    expect(frame.contentDocument!.title).to.equal('Weather');
    expect(frame.contentWindow!.history.length).to.equal(historyLength);
  });

  it('three presses of Shift leave; the first two tell a screen reader how many are left', async () => {
    const { el, historyLength } = await calloutInFrame({ 'quick-exit': '', 'exit-url': TARGET });
    part(el, 'exit-button')!.focus();
    await sendKeys({ press: 'Shift' });
    expect(part(el, 'exit-status')!.textContent).to.equal('Shift: press two more times to leave.');
    await sendKeys({ press: 'Shift' });
    expect(part(el, 'exit-status')!.textContent).to.equal('Shift: press once more to leave.');
    await sendKeys({ press: 'Shift' });
    expect(await leftFor()).to.equal(TARGET);
    expect(frame.contentWindow!.history.length).to.equal(historyLength);
  });

  it('two presses, slow presses, or Shift used for a capital letter do not leave', async () => {
    const { el, win } = await calloutInFrame({ 'quick-exit': '', 'exit-url': TARGET, locale: 'sr-Latn' });
    part(el, 'exit-button')!.focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(part(el, 'exit-status')!.textContent).to.equal('Shift: pritisnite još jednom da biste izašli.');
    // The line empties, and the count starts again, once the time for the next press is up.
    await new Promise((resolve) => setTimeout(resolve, PRESS_GAP_MS + 200));
    expect(part(el, 'exit-status')!.textContent).to.equal('');
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, PRESS_GAP_MS + 200));
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, PRESS_GAP_MS + 200));
    await sendKeys({ press: 'Shift' });
    // Shift, Shift+A, Shift: the capital resets the count.
    await sendKeys({ press: 'Shift' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await leftFor(300)).to.equal('/test/pages/quick-exit-frame.html');
    expect(win.document.documentElement.style.display).to.equal('');
  });
});
