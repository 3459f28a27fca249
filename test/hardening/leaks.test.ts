// Threat: a long-lived page (a single-page app, an infinite scroll) that mounts and removes widgets
// again and again. After hundreds of cycles no chart instance, observer or page-level listener may
// be left behind. (The heap itself is measured by `npm run bench`; here we count what leaks it.)
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { langListenerCount } from '../../src/base/lang-watch.js';
import type { TipElement } from '../../src/base/tip-element.js';
import { loadAllElements, messageOf } from './support.js';

// ------------------------------------------------------------ counting observers and listeners

type ObserverName = 'IntersectionObserver' | 'ResizeObserver' | 'MutationObserver';
/** Observers watching at least one target, by kind. */
const watching: Record<ObserverName, Map<object, Set<unknown>>> = {
  IntersectionObserver: new Map(),
  ResizeObserver: new Map(),
  MutationObserver: new Map(),
};

/**
 * Replaces a global observer class with a subclass that records what it observes. The
 * IntersectionObserver double also reports "intersecting" right away: a test page running in a
 * background tab gets no intersection updates, and these tests are about cleanup, not laziness.
 */
function instrument(name: ObserverName): void {
  const Original = window[name] as unknown as new (...args: unknown[]) => {
    observe(target: unknown, options?: unknown): void;
    disconnect(): void;
    unobserve?(target: unknown): void;
  };
  const live = watching[name];
  const Counted = class extends Original {
    private readonly callback: (entries: unknown[], observer: unknown) => void;
    constructor(...args: unknown[]) {
      super(...args);
      this.callback = args[0] as (entries: unknown[], observer: unknown) => void;
    }
    override observe(target: unknown, options?: unknown): void {
      super.observe(target, options);
      if (!live.has(this)) live.set(this, new Set());
      live.get(this)!.add(target);
      if (name === 'IntersectionObserver') {
        setTimeout(() => {
          if (live.get(this)?.has(target)) this.callback([{ isIntersecting: true, target, intersectionRatio: 1 }], this);
        }, 0);
      }
    }
    override unobserve(target: unknown): void {
      super.unobserve?.(target);
      live.get(this)?.delete(target);
      if (live.get(this)?.size === 0) live.delete(this);
    }
    override disconnect(): void {
      super.disconnect();
      live.delete(this);
    }
  };
  (window as unknown as Record<string, unknown>)[name] = Counted;
}

/** Listeners on objects that outlive every widget: window, document, <html>, <body>, media queries. */
const listeners = new Set<string>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object) => (ids.has(o) ? ids.get(o)! : (ids.set(o, ++nextId), nextId));
function longLived(target: EventTarget): boolean {
  return target === window || target === document || target === document.documentElement || target === document.body || target instanceof MediaQueryList;
}
function instrumentListeners(): void {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target: EventTarget, type: string, fn: unknown, options: unknown) =>
    `${target.constructor.name}#${idOf(target)}:${type}:${fn && typeof fn === 'object' ? idOf(fn) : typeof fn === 'function' ? idOf(fn) : 0}:${
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)
    }`;
  EventTarget.prototype.addEventListener = function (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (fn && longLived(this) && !(typeof options === 'object' && options?.once)) listeners.add(key(this, type, fn, options));
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (fn && longLived(this)) listeners.delete(key(this, type, fn, options));
    return remove.call(this, type, fn, options);
  };
}

interface Census {
  chartJs: number;
  lang: number;
  observers: Record<ObserverName, number>;
  listeners: string[];
}
/** The charts alive: chart.js's own registry, which a chart leaves when destroyed. */
const liveCharts = (): number => Object.keys(Chart.instances).length;

function census(): Census {
  return {
    chartJs: liveCharts(),
    lang: langListenerCount(),
    observers: {
      IntersectionObserver: watching.IntersectionObserver.size,
      ResizeObserver: watching.ResizeObserver.size,
      MutationObserver: watching.MutationObserver.size,
    },
    listeners: [...listeners].sort(),
  };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ok: () => boolean, ms = 5_000): Promise<void> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(5);
  }
}

function widgets(): { card: TipElement; chart: TipElement & { chart?: unknown }; box: HTMLElement } {
  const box = document.createElement('div');
  const card = document.createElement('tip-stat-card') as TipElement;
  card.setAttribute('metric', 'convictions');
  const chart = document.createElement('tip-yoy-chart') as TipElement & { chart?: unknown };
  box.append(card, chart);
  return { card, chart, box };
}

let baseline: Census;

before(async () => {
  instrument('IntersectionObserver');
  instrument('ResizeObserver');
  instrument('MutationObserver');
  instrumentListeners();
  await loadAllElements();
  // Warm up: the bundled data, chart.js and any page-wide singleton are loaded once, on purpose.
  const { card, chart, box } = widgets();
  document.body.append(box);
  await Promise.all([card.loadComplete, chart.loadComplete]);
  await until('the first chart', () => liveCharts() === 1);
  box.remove();
  await tick(50);
  baseline = census();
});

describe('hardening: no leaks', () => {
  it('starts from nothing: with no widget on the page, nothing is alive', () => {
    expect(baseline.chartJs, 'chart.js instances').to.equal(0);
    expect(baseline.lang, 'lang listeners').to.equal(0);
    expect(baseline.observers).to.deep.equal({ IntersectionObserver: 0, ResizeObserver: 0, MutationObserver: 0 });
  });

  it('200 mount/unmount cycles of a stat card and a drawn chart leave no chart, observer or listener', async function () {
    this.timeout(120_000);
    let most = 0;
    for (let k = 0; k < 200; k++) {
      const { card, chart, box } = widgets();
      document.body.append(box);
      await Promise.all([card.loadComplete, chart.loadComplete]);
      await until(`chart ${k} drawn`, () => chart.chart !== undefined);
      expect(messageOf(card)?.innerText ?? null, 'the card rendered').to.equal(null);
      most = Math.max(most, liveCharts());
      expect(langListenerCount(), 'one lang listener per widget on the page').to.equal(2);
      box.remove();
    }
    await tick(50);
    expect(most, 'never more than one chart alive at a time').to.equal(1);
    expect(census()).to.deep.equal(baseline);
  });

  it('200 cycles removed before the data or chart.js arrive leave nothing behind', async function () {
    this.timeout(60_000);
    const pending: Promise<unknown>[] = [];
    for (let k = 0; k < 200; k++) {
      const { card, chart, box } = widgets();
      document.body.append(box);
      pending.push(card.loadComplete, chart.loadComplete);
      if (k % 2) await tick(0);
      box.remove();
    }
    await Promise.all(pending);
    await tick(100);
    expect(census()).to.deep.equal(baseline);
  });

  it('a drawn chart moved around the page 200 times keeps exactly one chart, and none once removed', async function () {
    this.timeout(60_000);
    const { chart, box } = widgets();
    const other = document.createElement('section');
    document.body.append(box, other);
    try {
      await chart.loadComplete;
      await until('the chart', () => chart.chart !== undefined);
      for (let k = 0; k < 200; k++) {
        (k % 2 ? box : other).append(chart);
        await tick(0);
        expect(liveCharts(), `after move ${k}`).to.be.at.most(1);
      }
      await until('the chart after the moves', () => chart.chart !== undefined && liveCharts() === 1);
    } finally {
      box.remove();
      other.remove();
    }
    await tick(50);
    expect(census()).to.deep.equal(baseline);
  });

  it('switching the page language 50 times with widgets on it adds no listener and leaves none', async () => {
    const { card, chart, box } = widgets();
    document.body.append(box);
    await Promise.all([card.loadComplete, chart.loadComplete]);
    for (let k = 0; k < 50; k++) {
      document.documentElement.lang = k % 2 ? 'sr' : 'en';
      await tick(0);
    }
    document.documentElement.removeAttribute('lang');
    expect(langListenerCount()).to.equal(2);
    box.remove();
    await tick(50);
    expect(census()).to.deep.equal(baseline);
  });
});
