// End-to-end tests of the figure images (issue 26), on the built files as a user gets them:
// - every widget × every language × both themes: the PNG decodes (pngjs), has the size asked, is not
//   blank, and its SVG twin holds the figure, the year and the source line as text;
// - Serbian Cyrillic is drawn as letters: with the packaged font two Cyrillic words give different
//   pictures and the card differs from one drawn with a font that lacks Cyrillic;
// - hostile dataset strings stay text inside the SVG (no markup, it parses, and resvg draws it);
// - the CLI: `image` (PNG on standard output, --alt, bad options exit 2);
// - `render --static`: the page passes the Nu HTML Checker, has no script, template or custom
//   element, and in Chromium with JavaScript off shows every figure with its alt text and source link.
// Each check is a node:test test (harness/runner.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { Resvg } from '@resvg/resvg-js';
import { chromeArgs, openPage, preflight } from '../harness/chrome.mjs';
import { assert, checkRunner } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';

const OUT = '.tmp/figure';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const executablePath = preflight('e2e/figure', ['dist/ssr.js', 'dist/figure/figure.js', 'dist/fonts/DejaVuSans.ttf']);
const { check, finish } = checkRunner(120_000);
const { renderImage } = await import('../dist/ssr.js');

const URL_ = 'https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/';
const TITLE = '2025 Trafficking in Persons Report: Serbia';
const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl'];
const SIZES = [
  ['widget', undefined],
  ['1200x675', [1200, 675]],
  ['1080x1080', [1080, 1080]],
  ['1200x630', [1200, 630]],
];
/** Each widget: its attributes, its own size, and the figure and year its picture must say, by locale. */
const WIDGETS = [
  { tag: 'tip-tier-badge', attrs: {}, own: [600, 340], figure: { en: 'Tier 2', 'sr-Latn': 'Nivo 2', 'sr-Cyrl': 'Ниво 2' }, year: '2025' },
  { tag: 'tip-stat-card', attrs: { metric: 'convictions' }, own: [600, 380], figure: '21', year: '2024', compare: '18' },
  { tag: 'tip-yoy-chart', attrs: {}, own: [800, 600], figure: '42', year: '2024', compare: '2023' },
  { tag: 'tip-yoy-chart', attrs: { type: 'line', preset: 'victim-protection' }, own: [800, 600], figure: '184', year: '2024', compare: '168' },
  { tag: 'tip-recommendation-list', attrs: { index: '2' }, own: [640, 420], figure: '2.', year: '2025' },
  { tag: 'tip-hotline-callout', attrs: {}, own: [640, 440], figure: '+381 11 785 0000', year: '2025' },
];

/** The text of an SVG's <text> elements, in order, entities decoded, lines joined by spaces. */
function svgText(svg) {
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1])).join(' ');
}

/** Distinct colours in a decoded PNG (a blank picture has one). */
function distinctColours(png) {
  const seen = new Set();
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]);
  return seen.size;
}

// ---------------------------------------------------------------- every widget, language and theme

const matrix = [];
let n = 0;
for (const widget of WIDGETS) for (const locale of LOCALES) for (const theme of ['light', 'dark']) matrix.push({ widget, locale, theme, size: SIZES[n++ % SIZES.length] });

await check(`every widget × language × theme (${matrix.length} figures, each size in turn): the PNG decodes at the size asked, is not blank, and its SVG has the figure, year and source line as text`, async () => {
  const problems = [];
  const sizesSeen = new Set();
  for (const { widget, locale, theme, size } of matrix) {
    const [sizeName, dims] = size;
    const [w, h] = dims ?? widget.own;
    const attributes = { ...widget.attrs, locale };
    const name = `${widget.tag}${widget.attrs.type ? `-${widget.attrs.type}` : ''} ${locale} ${theme} ${sizeName}`;
    const png = await renderImage(widget.tag, attributes, { size: sizeName, theme, format: 'png' });
    const svg = await renderImage(widget.tag, attributes, { size: sizeName, theme, format: 'svg' });
    assert(Buffer.isBuffer(png.data) && typeof svg.data === 'string', `${name}: data types`);
    const decoded = PNG.sync.read(png.data);
    if (decoded.width !== w || decoded.height !== h || png.width !== w || png.height !== h) problems.push(`${name}: ${decoded.width}×${decoded.height}, asked ${w}×${h}`);
    const colours = distinctColours(decoded);
    if (colours < 20) problems.push(`${name}: only ${colours} colours (blank?)`);
    const text = svgText(svg.data);
    const figure = typeof widget.figure === 'string' ? widget.figure : widget.figure[locale];
    for (const [what, needle] of [['figure', figure], ['year', widget.year], ['comparison', widget.compare], ['source title', TITLE], ['address', URL_]]) {
      if (needle && !text.includes(needle)) problems.push(`${name}: no ${what} “${needle}” in the SVG text`);
    }
    if (!png.alt || png.alt !== svg.alt || !png.alt.includes(widget.compare ?? figure.replace(/\.$/, ''))) problems.push(`${name}: alt “${png.alt}”`);
    if (widget.tag === 'tip-stat-card' && !/18/.test(png.alt)) problems.push(`${name}: the alt text lacks the comparison`);
    if (theme === 'dark' && !svg.data.includes('fill="#15191f"')) problems.push(`${name}: not the dark surface`);
    if (locale === 'sr-Cyrl' && !/[\u0400-\u04ff]/.test(text)) problems.push(`${name}: no Cyrillic text`);
    if (locale === 'en' && /[\u0400-\u04ff]/.test(text)) problems.push(`${name}: Cyrillic in English`);
    sizesSeen.add(sizeName);
    if (widget.tag === 'tip-stat-card' && theme === 'light') writeFileSync(`${OUT}/stat-${locale}-${sizeName}.png`, png.data);
  }
  assert(sizesSeen.size === 4, `sizes covered: ${[...sizesSeen].join(', ')}`);
  assert(problems.length === 0, problems.slice(0, 12).join('\n'));
  return `${matrix.length} PNGs and ${matrix.length} SVGs, all four sizes, both themes, three languages`;
});

await check('the alt text is one sentence with the figure and its comparison, in the figure’s language', async () => {
  const expected = {
    en: 'Traffickers convicted rose from 18 in 2023 to 21 in 2024.',
    'sr-Latn': 'Osuđeni trgovci ljudima: porast sa 18 u 2023. na 21 u 2024.',
    'sr-Cyrl': 'Осуђени трговци људима: пораст са 18 у 2023. на 21 у 2024.',
  };
  for (const locale of LOCALES) {
    const { alt } = await renderImage('tip-stat-card', { metric: 'convictions', locale }, { format: 'svg' });
    assert(alt === expected[locale], `${locale}: “${alt}”`);
  }
  const tier = await renderImage('tip-tier-badge', { locale: 'en' }, { format: 'svg' });
  assert(tier.alt === 'Serbia · 2025 Trafficking in Persons Report: Tier 2, upgraded from Tier 2 Watch List.', tier.alt);
});

await check('an unknown metric or attribute value draws a figure that says so (never throws), with one warning', async () => {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    const bad = await renderImage('tip-stat-card', { metric: 'no-such-metric' }, { format: 'svg' });
    assert(svgText(bad.data).includes('no-such-metric') && bad.alt.startsWith('This widget cannot show its content'), bad.alt);
    const recs = await renderImage('tip-recommendation-list', { index: '99', locale: 'sr-Latn' }, { format: 'png' });
    assert(PNG.sync.read(recs.data).width === 640, 'the message figure has the widget’s size');
  } finally {
    console.warn = warn;
  }
  assert(warnings.length === 2, `warnings: ${warnings.join(' | ')}`);
  let threw = false;
  await renderImage('tip-nothing', {}).catch(() => (threw = true));
  assert(threw, 'an unknown tag rejects (a caller’s mistake)');
});

// ---------------------------------------------------------------- Cyrillic glyphs

await check('Serbian Cyrillic is drawn as letters: it differs from the same card drawn with a font that has no Cyrillic', async () => {
  const fontDir = 'node_modules/dejavu-fonts-ttf/ttf';
  // DejaVu Math TeX Gyre has Latin and digits but no Cyrillic: Cyrillic text in it is drawn as nothing.
  const latinOnly = `${fontDir}/DejaVuMathTeXGyre.ttf`;
  const draw = (svg, files) => PNG.sync.read(new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
  const word = (text) => `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><rect width="240" height="60" fill="#fff"/><text x="4" y="44" font-size="40" font-family="DejaVu Sans">${text}</text></svg>`;
  const packaged = ['dist/fonts/DejaVuSans.ttf', 'dist/fonts/DejaVuSans-Bold.ttf'];
  const same = (a, b) => Buffer.compare(a.data, b.data) === 0;
  // The control: without Cyrillic glyphs two different Cyrillic words are the same picture.
  assert(same(draw(word('ЖЉЂ'), [latinOnly]), draw(word('ШЋЏ'), [latinOnly])), 'the Latin-only font draws Cyrillic words apart: not a valid control');
  assert(!same(draw(word('ЖЉЂ'), packaged), draw(word('ШЋЏ'), packaged)), 'with the packaged font two Cyrillic words are the same picture (boxes?)');
  const { data: svg } = await renderImage('tip-stat-card', { metric: 'convictions', locale: 'sr-Cyrl' }, { format: 'svg', size: '1200x630' });
  const ink = (png) => {
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 128) dark++;
    return dark;
  };
  const withCyrillic = draw(svg, packaged);
  const without = draw(svg, [latinOnly]);
  assert(!same(withCyrillic, without), 'the Cyrillic card is the same with and without Cyrillic glyphs');
  assert(ink(withCyrillic) > ink(without) * 1.2, `ink: ${ink(withCyrillic)} with Cyrillic glyphs, ${ink(without)} without`);
  writeFileSync(`${OUT}/cyrillic-latin-only-font.png`, PNG.sync.write(without));
  return `dark pixels: ${ink(withCyrillic)} with the packaged font, ${ink(without)} with a font lacking Cyrillic`;
});

// ---------------------------------------------------------------- hostile strings

function hardeningPayloads() {
  const source = readFileSync('test/hardening/datasets.test.ts', 'utf8');
  const list = source.slice(source.indexOf('const PAYLOADS = ['), source.indexOf('];', source.indexOf('const PAYLOADS = [')) + 1);
  // Our own repository's test file: a list of string literals.
  return new Function(`return ${list.slice(list.indexOf('['))}`)();
}

/** The maximal fixture with a hostile payload in every string field the schema accepts one in. */
async function hostileDataset() {
  const payloads = hardeningPayloads();
  assert(payloads.length >= 10, `only ${payloads.length} payloads`);
  const { validateDataset } = await import('../dist/data/validate.js');
  const set = JSON.parse(readFileSync('test/fixtures/hostile/maximal.json', 'utf8'));
  let n = 0;
  const poison = (node) => {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') {
        for (let k = 0; k < payloads.length; k++) {
          node[key] = payloads[(n + k) % payloads.length];
          if (validateDataset(set).ok) break;
          node[key] = value;
        }
        n++;
      } else if (value && typeof value === 'object') poison(value);
    }
  };
  poison(set);
  assert(validateDataset(set).ok, 'the poisoned dataset does not validate');
  return { set, payloads };
}

const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'rect', 'text', 'line', 'polyline', 'circle']);
const hostileSvgs = [];

await check('hostile dataset strings stay text inside the SVG: only the template’s elements, payloads as characters, resvg draws it', async () => {
  const { set, payloads } = await hostileDataset();
  const file = `${OUT}/hostile.json`;
  writeFileSync(file, JSON.stringify(set));
  const ids = Object.keys(set.metrics);
  const cases = [
    ['tip-tier-badge', {}],
    ['tip-stat-card', { metric: ids[0] }],
    ['tip-yoy-chart', { metrics: ids.filter((id) => typeof set.metrics[id].previous === 'number' && typeof set.metrics[id].value === 'number' && !set.metrics[id].year && !set.metrics[id].period && set.metrics[id].unit === 'count').slice(0, 3).join(',') }],
    ['tip-recommendation-list', { index: '1' }],
    ['tip-hotline-callout', {}],
    ['tip-stat-card', { metric: payloads[0] }],
  ];
  let seen = 0;
  for (const locale of ['en', 'sr-Latn']) {
    for (const [tag, attrs] of cases) {
      const { data: svg } = await renderImage(tag, { ...attrs, locale }, { format: 'svg', dataset: file });
      const names = new Set([...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((m) => m[1]));
      const foreign = [...names].filter((name) => !ALLOWED_ELEMENTS.has(name));
      assert(foreign.length === 0, `${tag} ${locale}: elements ${foreign.join(', ')}`);
      const markup = svg.replace(/>[^<]*</g, '><');
      assert(!/\son[a-z]+=/i.test(markup) && !/javascript:|href=/i.test(markup), `${tag} ${locale}: a handler, link or script address outside text`);
      const text = svgText(svg);
      if (payloads.some((p) => text.includes(p.slice(0, 12)))) seen++;
      new Resvg(svg, { font: { fontFiles: ['dist/fonts/DejaVuSans.ttf'], loadSystemFonts: false } }).render();
      hostileSvgs.push(svg);
    }
  }
  assert(seen >= 6, `payloads appear as text in only ${seen} figures`);
  return `${hostileSvgs.length} figures, payloads shown as text in ${seen}`;
});

// ---------------------------------------------------------------- the CLI

function cli(args, input) {
  const run = spawnSync(process.execPath, ['bin/tip-widgets.mjs', ...args], { input, maxBuffer: 64e6 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

await check('CLI: image writes a PNG of the size asked to standard output; --alt prints the alt text; bad options exit 2', async () => {
  const png = cli(['image', '--tag', 'tip-stat-card', 'metric=convictions', 'locale=sr', '--size', '1080x1080', '--format', 'png']);
  assert(png.status === 0, png.stderr);
  const decoded = PNG.sync.read(png.stdout);
  assert(decoded.width === 1080 && decoded.height === 1080, `${decoded.width}×${decoded.height}`);
  const alt = cli(['image', '--tag', 'tip-stat-card', 'metric=convictions', 'locale=sr', '--alt']);
  assert(alt.status === 0 && alt.stdout.toString('utf8') === 'Осуђени трговци људима: пораст са 18 у 2023. на 21 у 2024.\n', alt.stdout.toString('utf8'));
  const svg = cli(['image', '--tag', 'tip-tier-badge', '--theme', 'dark', '--format', 'svg', '--size', '1200x630']);
  assert(svg.status === 0 && svg.stdout.toString('utf8').startsWith('<svg') && svg.stdout.toString('utf8').includes('#15191f'), 'svg, dark');
  for (const bad of [
    ['image', '--tag', 'tip-stat-card', '--size', '99x99'],
    ['image', '--tag', 'tip-stat-card', '--format', 'gif'],
    ['image', 'metric=convictions'],
    ['render', '--tag', 'tip-stat-card', '--size', '1200x675'],
    ['render', '--static', '-'],
  ]) {
    const run = cli(bad, '');
    assert(run.status === 2, `${bad.join(' ')}: exit ${run.status}`);
  }
});

// ---------------------------------------------------------------- render --static

const STATIC = `${OUT}/static`;
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post with every widget</title></head>
<body><main>
<h1>Trafficking in Serbia</h1>
<p>Serbia is <tip-tier-badge variant="compact"><span>Tier 2</span></tip-tier-badge> this year.</p>
<tip-tier-badge show-history><p>Serbia: Tier 2.</p></tip-tier-badge>
<tip-stat-card metric="convictions"><p>Convictions: 21.</p></tip-stat-card>
<div lang="sr"><tip-stat-card metric="victims-identified"><p>Жртве.</p></tip-stat-card></div>
<tip-yoy-chart preset="law-enforcement"><p>Law enforcement.</p></tip-yoy-chart>
<tip-yoy-chart type="line" locale="sr-Latn" preset="victim-protection"></tip-yoy-chart>
<tip-recommendation-list index="3"><p>Recommendations.</p></tip-recommendation-list>
<tip-hotline-callout theme="dark"><p>Help.</p></tip-hotline-callout>
<template><tip-stat-card metric="convictions"></tip-stat-card></template>
</main></body></html>
`;
const FIGURES = 8;
let staticHtml = '';

await check('render --static: every tag becomes a plain figure with an image file, no script, template-free, no custom element', async () => {
  mkdirSync(STATIC, { recursive: true });
  const run = cli(['render', '--static', '--out-dir', `${STATIC}/img`, '--base-url', 'img/'], PAGE);
  assert(run.status === 0, run.stderr);
  staticHtml = run.stdout.toString('utf8');
  writeFileSync(`${STATIC}/index.html`, staticHtml);
  const body = staticHtml.replace(/<template>[\s\S]*?<\/template>/, '');
  assert(!/<script/i.test(staticHtml), 'a script');
  assert(!/<tip-/.test(body), 'a tip-* element outside the template');
  assert(!/shadowroot/i.test(staticHtml), 'a shadow root');
  const images = [...staticHtml.matchAll(/<img src="img\/([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)">/g)];
  assert(images.length === FIGURES, `${images.length} images`);
  const files = readdirSync(`${STATIC}/img`);
  for (const [, file, w, h] of images) {
    assert(files.includes(file), `${file} was not written`);
    const png = PNG.sync.read(readFileSync(`${STATIC}/img/${file}`));
    assert(png.width === Number(w) && png.height === Number(h), `${file}: ${png.width}×${png.height}, the tag says ${w}×${h}`);
  }
  assert((staticHtml.match(/<table>/g) ?? []).length === 2, 'a table for each chart');
  assert((staticHtml.match(/<figcaption>/g) ?? []).length === FIGURES - 1, 'a caption for each block figure');
  assert(staticHtml.includes('Izvor: <a href') && staticHtml.includes('Извор: <a href'), 'captions in the tags’ languages');
  return `${(staticHtml.length / 1e3).toFixed(1)} kB of HTML, ${files.length} image files`;
});

await check('render --static: the page passes the Nu HTML Checker (vnu-jar) with no error', async () => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  assert(java.status === 0, 'java is missing (Debian: default-jre-headless)');
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', `${STATIC}/index.html`], { encoding: 'utf8' });
  assert(run.status === 0, `vnu: ${run.stderr.split('\n').slice(0, 8).join('\n')}`);
});

await check('render --static in Chromium with JavaScript off: every figure shows its image, alt text and source link', async () => {
  const server = await serve({ root: STATIC });
  const browser = await puppeteer.launch({ executablePath, args: chromeArgs() });
  try {
    const { page, context, errors } = await openPage(browser, `${server.url}/index.html`, { javaScript: false });
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('.tip-figure')].map((f) => {
        const img = f.querySelector('img');
        const link = f.querySelector('a');
        const box = img.getBoundingClientRect();
        return { alt: img.alt, loaded: img.complete && img.naturalWidth > 0, width: box.width, href: link?.href, link: link?.textContent, scripts: document.scripts.length, undefinedElements: document.querySelectorAll(':not(:defined)').length };
      }),
    );
    await context.close();
    assert(figures.length === FIGURES, `${figures.length} figures`);
    for (const f of figures) {
      assert(f.loaded && f.width > 0, `an image did not load (${f.alt})`);
      assert(f.alt.length > 20, `alt “${f.alt}”`);
      assert(f.href === 'https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/' && f.link.includes(TITLE), `link ${f.href}`);
      assert(f.scripts === 0 && f.undefinedElements === 0, 'a script or an undefined custom element');
    }
    assert(errors.length === 0, errors.join('\n'));
    return `${figures.length} figures, each image loaded, alt text and source link present`;
  } finally {
    await browser.close();
    await server.close();
  }
});

await check('the hostile SVGs parse as SVG in Chromium, with no script element and the payloads as text', async () => {
  const browser = await puppeteer.launch({ executablePath, args: chromeArgs() });
  try {
    const page = await browser.newPage();
    const result = await page.evaluate((svgs) => {
      window.__xss = 0;
      return svgs.map((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return { error: !!doc.querySelector('parsererror'), scripts: doc.querySelectorAll('script, foreignObject, iframe, img, a').length, handlers: [...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))) };
      });
    }, hostileSvgs);
    assert(result.length > 0 && result.every((r) => !r.error && r.scripts === 0 && !r.handlers), JSON.stringify(result.filter((r) => r.error || r.scripts || r.handlers)));
    assert((await page.evaluate(() => window.__xss)) === 0, 'a payload ran');
  } finally {
    await browser.close();
  }
});

finish();
