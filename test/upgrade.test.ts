// Widgets that upgrade together (tags already in the page when their code arrives, or a block of
// markup inserted at once) render in turns, one per task, not all in the task that upgraded them:
// until its turn each shows its fallback text, as before the upgrade. A widget a script creates
// renders at once, as lit's do. (The stylesheet's reserved height while pending: e2e/pages.mjs.)
import { expect } from '@open-wc/testing';
import '../src/stat-card.js';
import '../src/tier-badge.js';
import type { TipElement } from '../src/base/tip-element.js';
import { expectAccessible, fallbackShown, part, text } from './helpers.js';

const METRICS = ['convictions', 'prosecutions', 'victims-identified'];
const MARKUP = `${METRICS.map((m) => `<tip-stat-card metric="${m}">Fallback for ${m}</tip-stat-card>`).join('')}<tip-tier-badge>Fallback for the tier</tip-tier-badge>`;

/** Lets every pending microtask run, without letting a task pass. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

const pending = (el: Element): boolean => el.matches(':state(pending)');

describe('widgets that upgrade together', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('show their fallback text until their turn, render in separate tasks, and end with their figures', async () => {
    host.innerHTML = MARKUP;
    const widgets = [...host.children] as TipElement[];
    await microtasks();
    // Still the task that upgraded them: none has rendered, each shows its fallback text.
    for (const el of widgets) {
      expect(el.matches(':defined'), `${el.localName} upgraded`).to.equal(true);
      expect(pending(el), `${el.localName} pending`).to.equal(true);
      expect(fallbackShown(el), `${el.localName} fallback shown`).to.equal(true);
      expect(text(el), `${el.localName} renders nothing yet`).to.equal('');
    }
    // The first widget's turn is over; the last one's has not come yet.
    await widgets[0]!.updateComplete;
    expect(pending(widgets[0]!)).to.equal(false);
    expect(text(widgets[0]!)).to.not.equal('');
    expect(pending(widgets.at(-1)!), 'the last widget still waits').to.equal(true);

    await Promise.all(widgets.map((el) => el.loadComplete));
    expect(text(widgets[0]!)).to.contain('21');
    expect(text(widgets[1]!)).to.contain('32');
    expect(text(widgets[2]!)).to.contain('64');
    expect(text(widgets[3]!)).to.contain('Tier 2');
    for (const el of widgets) {
      expect(pending(el), `${el.localName} no longer pending`).to.equal(false);
      // One copy of the content: the waiting slot is gone, the content's own slot keeps the fallback for readers.
      expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length, `${el.localName} one base`).to.equal(1);
    }
    await expectAccessible(host);
  });

  it('speak the language of the page around them (resolved in their first turn)', async () => {
    host.setAttribute('lang', 'sr-Latn');
    host.innerHTML = MARKUP;
    const widgets = [...host.children] as TipElement[];
    await Promise.all(widgets.map((el) => el.loadComplete));
    expect(widgets.map((el) => el.resolvedLocale)).to.deep.equal(['sr-Latn', 'sr-Latn', 'sr-Latn', 'sr-Latn']);
    expect(text(widgets[0]!)).to.contain('Osuđeni trgovci ljudima');
    expect(text(widgets[3]!)).to.contain('Nivo 2');
  });

  it('go on updating as usual once filled in (a new metric renders without waiting for a task)', async () => {
    host.innerHTML = MARKUP;
    const card = host.firstElementChild as TipElement & { metric?: string };
    await card.loadComplete;
    expect(text(card)).to.contain('21');
    card.metric = 'prosecutions';
    await microtasks();
    // Still in the task that changed it: the old figure is gone (the loading state, or the new one).
    expect(part(card, 'value')?.textContent ?? '', 'the change rendered in the same task').to.not.match(/\b21\b/);
    await card.loadComplete;
    expect(text(card)).to.contain('32');
    expect(part(card, 'value')?.textContent).to.contain('32');
  });

  it('a widget a script creates renders in the task that added it, as before', async () => {
    const card = document.createElement('tip-stat-card');
    card.setAttribute('metric', 'convictions');
    card.textContent = 'Fallback';
    host.append(card);
    expect(pending(card)).to.equal(false);
    await microtasks();
    expect(part(card, 'base'), 'the loading state, without waiting for a task').to.not.equal(null);
    await (card as TipElement).loadComplete;
    expect(text(card)).to.contain('21');
  });

  it('a browser without :state() renders them at once, as before', async () => {
    const supports = CSS.supports;
    CSS.supports = (...args: [string, string?]) => (args[0] === 'selector(:state(p))' ? false : supports.apply(CSS, args as [string]));
    try {
      host.innerHTML = MARKUP;
    } finally {
      CSS.supports = supports;
    }
    const widgets = [...host.children] as TipElement[];
    await microtasks();
    for (const el of widgets) {
      expect(pending(el)).to.equal(false);
      expect(part(el, 'base'), `${el.localName} rendered without waiting for a task`).to.not.equal(null);
    }
    await Promise.all(widgets.map((el) => el.loadComplete));
    expect(text(widgets[0]!)).to.contain('21');
  });
});
