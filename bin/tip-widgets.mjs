#!/usr/bin/env node
// `npx tip-widgets render …`: the server rendering of tip-widgets/ssr from a shell or a build script.
import { readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import process from 'node:process';

// generated: elements (npm run gen:elements)
const TAG_LIST = 'tip-tier-badge, tip-stat-card, tip-yoy-chart, tip-recommendation-list, tip-hotline-callout';
// end generated: elements

const USAGE = `Usage:
  tip-widgets render <page.html|-> [options]        render every tip-* tag of a page in place
  tip-widgets render --tag <tag> [name=value|name]… print one widget's HTML

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
  -h, --help            this text

Tags: ${TAG_LIST}.
Each widget's shadow root is written as <template shadowrootmode="open">; load
tip-widgets/hydrate.js on the page to make the widgets interactive. A bad attribute value renders
the widget's own message and a warning here; a bad command line exits with status 2.

Examples:
  npx tip-widgets render article.html > article.rendered.html
  npx tip-widgets render --tag tip-stat-card metric=convictions locale=sr
  npx tip-widgets render --tag tip-tier-badge show-history`;

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
  if (command !== 'render') usage(command ? `unknown command “${command}”.` : 'no command given.');
  const options = parseArgs(rest);
  // Loaded only now, so a usage error answers at once.
  const { renderHtml, renderWidget, TAGS } = await import('../dist/ssr.js');
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
    html = `${await renderWidget(options.tag, attributes, renderOptions)}\n`;
  } else {
    if (options.words.length !== 1) usage(options.words.length ? 'give one page at a time.' : 'give a page to render, or --tag.');
    let page;
    try {
      page = await readInput(options.words[0]);
    } catch (error) {
      usage(`cannot read ${options.words[0]}: ${error.code ?? error.message}.`);
    }
    html = await renderHtml(page, renderOptions);
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
