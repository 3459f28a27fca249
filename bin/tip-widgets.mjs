#!/usr/bin/env node
// `npx tip-widgets render …` and `npx tip-widgets image …`: the server rendering and the figure
// images of tip-widgets/ssr from a shell or a build script.
import { readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import process from 'node:process';

// generated: elements (npm run gen:elements)
const TAG_LIST = 'tip-tier-badge, tip-stat-card, tip-yoy-chart, tip-recommendation-list, tip-hotline-callout';
// end generated: elements

const USAGE = `Usage:
  tip-widgets render <page.html|-> [options]        render every tip-* tag of a page in place
  tip-widgets render --tag <tag> [name=value|name]… print one widget's HTML
  tip-widgets render --static --out-dir <folder> --base-url <address> <page.html|->
                    replace every tip-* tag by a plain <figure>: an image written to <folder> and
                    referred to under <address>, its alt text, the chart's table, a source link
                    (no script, no shadow DOM, no custom element: for e-mail, feeds, Apple News)
  tip-widgets image --tag <tag> [name=value|name]…  one widget's figure as an image (PNG or SVG),
                    drawn from the data: the figure, label, year, comparison and source line

Options:
  -o, --out <file>      write there instead of standard output
  --lang <tag>          language of tags with no locale and no lang around them (en, sr-Latn, sr)
  --dataset <file>      a dataset that follows data/schema.json, instead of the bundled report
  --base-url <url>      the page's address, for relative src attributes
  --allow-origin <url>  fetch src attributes from this origin (repeat for more); without it no
                        src is fetched here, and such tags say "could not be loaded" until the
                        browser loads them
  --allow-address <ip>  an address or CIDR range that an allowed origin may resolve to although
                        it is loopback, private or link-local (repeatable; never by default)
  --max-tags <n>        most tags rendered per page (default 200)
  --max-rendered-bytes <n>  most bytes the rendering adds to a page (default 5000000)
  --time-limit <ms>     most time one page may take (default 30000)
  --size <size>         image size: widget (the widget's own, default), 1200x675, 1080x1080, 1200x630
  --format <png|svg>    image format (default png); SVG names the font DejaVu Sans, embeds none
  --theme <light|dark>  image colours (default: the tag's theme attribute, else light)
  --alt                 image: print the alt text (one sentence, the image's language) on standard
                        output instead of the image; with -o the image goes to the file as well
  --out-dir <folder>    render --static: where the images go
  -h, --help            this text

Tags: ${TAG_LIST}.
Each widget's shadow root is written as <template shadowrootmode="open">; load
tip-widgets/hydrate.js on the page to make the widgets interactive. A bad attribute value renders
the widget's own message and a warning here; a bad command line exits with status 2.

Examples:
  npx tip-widgets render article.html > article.rendered.html
  npx tip-widgets render --tag tip-stat-card metric=convictions locale=sr
  npx tip-widgets render --tag tip-tier-badge show-history
  npx tip-widgets image --tag tip-stat-card metric=convictions locale=sr --size 1080x1080 > card.png
  npx tip-widgets image --tag tip-yoy-chart type=line --theme dark --alt
  npx tip-widgets render --static --out-dir public/img --base-url https://example.org/img/ < post.html > post.static.html`;

/** Stops with the usage text and exit status 2 (bad input), or prints it and exits 0 (--help). */
function usage(problem) {
  if (!problem) {
    console.log(USAGE);
    process.exit(0);
  }
  console.error(`tip-widgets: ${problem}\n\n${USAGE}`);
  process.exit(2);
}

/** A whole number of at least 1, or the usage. */
function count(text, flag) {
  if (!/^[1-9][0-9]{0,15}$/.test(text)) usage(`${flag} needs a whole number of at least 1.`);
  return Number(text);
}

/** `text` if it is one of `values`, or the usage. */
function oneOf(text, flag, values) {
  if (!values.includes(text)) usage(`${flag} must be one of ${values.join(', ')}.`);
  return text;
}

function parseArgs(argv) {
  const options = { words: [], origins: [], addresses: [] };
  const valueOf = (i, flag) => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) usage(`${flag} needs a value.`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') usage();
    else if (arg === '-o' || arg === '--out') options.out = valueOf(i++, arg);
    else if (arg === '--tag') options.tag = valueOf(i++, arg);
    else if (arg === '--lang') options.lang = valueOf(i++, arg);
    else if (arg === '--dataset') options.dataset = valueOf(i++, arg);
    else if (arg === '--base-url') options.baseUrl = valueOf(i++, arg);
    else if (arg === '--allow-origin') options.origins.push(valueOf(i++, arg));
    else if (arg === '--allow-address') options.addresses.push(valueOf(i++, arg));
    else if (arg === '--max-tags') options.maxTags = count(valueOf(i++, arg), arg);
    else if (arg === '--max-rendered-bytes') options.maxRenderedBytes = count(valueOf(i++, arg), arg);
    else if (arg === '--time-limit') options.timeLimitMs = count(valueOf(i++, arg), arg);
    else if (arg === '--size') options.size = oneOf(valueOf(i++, arg), arg, ['widget', '1200x675', '1080x1080', '1200x630']);
    else if (arg === '--format') options.format = oneOf(valueOf(i++, arg), arg, ['png', 'svg']);
    else if (arg === '--theme') options.theme = oneOf(valueOf(i++, arg), arg, ['light', 'dark']);
    else if (arg === '--alt') options.alt = true;
    else if (arg === '--static') options.static = true;
    else if (arg === '--out-dir') options.outDir = valueOf(i++, arg);
    else if (arg.startsWith('-') && arg !== '-') usage(`unknown option ${arg}.`);
    else options.words.push(arg);
  }
  return options;
}

async function readInput(path) {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '-h' || command === '--help') usage();
  if (command !== 'render' && command !== 'image') usage(command ? `unknown command “${command}”.` : 'no command given.');
  const options = parseArgs(rest);
  const imageOnly = ['size', 'format', 'theme'].filter((name) => options[name] !== undefined).map((name) => `--${name}`);
  if (command === 'render' && !options.static && imageOnly.length) usage(`${imageOnly[0]} is for images: image, or render --static.`);
  if (options.alt && command !== 'image') usage('--alt is for image.');
  if (command === 'image' && options.tag === undefined) usage('image needs --tag.');
  if (options.static && options.tag !== undefined) usage('render --static takes a page, not --tag.');
  if (options.static && (options.outDir === undefined || options.baseUrl === undefined)) usage('render --static needs --out-dir and --base-url.');
  if (!options.static && options.outDir !== undefined) usage('--out-dir is for render --static.');
  if (command === 'image' && !options.alt && !options.out && options.format !== 'svg' && process.stdout.isTTY) {
    usage('a PNG is not for a terminal: redirect standard output to a file, or use -o.');
  }
  // Loaded only now, so a usage error answers at once.
  const { renderHtml, renderWidget, renderImage, renderStatic, TAGS } = await import('../dist/ssr.js');
  const renderOptions = {
    lang: options.lang,
    baseUrl: options.baseUrl,
    fetchOrigins: options.origins,
    allowAddresses: options.addresses,
    maxTags: options.maxTags,
    maxRenderedBytes: options.maxRenderedBytes,
    timeLimitMs: options.timeLimitMs,
  };
  if (options.dataset !== undefined) {
    try {
      renderOptions.dataset = JSON.parse(await readFile(options.dataset, 'utf8'));
    } catch (error) {
      usage(`cannot read the dataset ${options.dataset}: ${error instanceof SyntaxError ? 'not valid JSON' : error.code ?? error.message}.`);
    }
  }
  const imageOptions = { ...renderOptions, size: options.size, format: options.format, theme: options.theme };
  let html;
  if (options.tag !== undefined) {
    if (!TAGS.includes(options.tag)) usage(`unknown tag “${options.tag}”.`);
    const attributes = {};
    for (const word of options.words) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      if (!/^[a-z][a-z0-9-]*$/.test(name)) usage(`“${word}” is not name=value or a boolean attribute name.`);
      attributes[name] = eq < 0 ? true : word.slice(eq + 1);
    }
    if (command === 'image') {
      const image = await renderImage(options.tag, attributes, imageOptions);
      if (options.out) await writeFile(options.out, image.data);
      if (options.alt) process.stdout.write(`${image.alt}\n`);
      else if (!options.out) process.stdout.write(image.data);
      return;
    }
    html = `${await renderWidget(options.tag, attributes, renderOptions)}\n`;
  } else {
    // render --static reads standard input when given no page (`< page.html`).
    if (options.static && options.words.length === 0 && !process.stdin.isTTY) options.words.push('-');
    if (options.words.length !== 1) usage(options.words.length ? 'give one page at a time.' : 'give a page to render, or --tag.');
    let page;
    try {
      page = await readInput(options.words[0]);
    } catch (error) {
      usage(`cannot read ${options.words[0]}: ${error.code ?? error.message}.`);
    }
    html = options.static
      ? await renderStatic(page, { ...imageOptions, outDir: options.outDir, imageBase: options.baseUrl })
      : await renderHtml(page, renderOptions);
  }
  if (options.out) await writeFile(options.out, html);
  else process.stdout.write(html);
}

main().catch((error) => {
  // A bad option value (an origin that is not one, say) is a bad command line.
  if (error instanceof TypeError && error.message.startsWith('tip-widgets/ssr: ')) usage(error.message.slice('tip-widgets/ssr: '.length));
  console.error(`tip-widgets: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
