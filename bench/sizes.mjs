// Counts what a page really downloads: every JS response recorded in headless Chromium, each body
// compressed with gzip and brotli, and each byte traced through its source map to lit, chart.js,
// widget code, the dataset or the validator. Shared by checks/size.mjs and bench/run.mjs.
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** 1 kB = 1000 bytes, the stricter reading of the budgets' "KB". */
export const KB = 1000;

/** gzip -9 and brotli quality 11: what static hosts and npm CDNs serve pre-compressed. */
export function compressed(buffer) {
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

// TIP_BYTES=1 prints exact bytes instead (for finding the few bytes a change costs).
export const kB = (bytes) => (process.env.TIP_BYTES ? `${bytes} B` : `${(bytes / KB).toFixed(1)} kB`);

// ---------------------------------------------------------------------------------------------
// Source-map attribution

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into, per generated line, [column, sourceIndex | -1] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (line) {
      for (const segment of line.split(',')) {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = B64[char];
          value += (digit & 31) << shift;
          if (digit & 32) {
            shift += 5;
          } else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length >= 4) {
          source += fields[1];
          segments.push([column, source]);
        } else {
          segments.push([column, -1]);
        }
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Which part of a page a source file belongs to. Order matters: the first match wins. */
export const GROUPS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//],
  ['chart.js', /node_modules\/(chart\.js|@kurkle\/color)\//],
  ['validator', /validate-schema\.generated/],
  ['data', /(data\/serbia-2025|data\/bundled\/)/],
  ['widget CSS', /(\.styles\.(ts|js)|\/styles\/(base|tokens)\.(ts|js))$/],
  ['widget code', /(^|\/)(src|dist)\/|tip-widgets\//],
];
export const GROUP_NAMES = [...GROUPS.map(([name]) => name), 'other'];

export function groupOf(source) {
  const path = String(source).replace(/\\/g, '/').replace(/^\0/, '');
  for (const [name, pattern] of GROUPS) if (pattern.test(path)) return name;
  return 'other';
}

/**
 * Splits the text of one built JS file by group, using its source map. Returns { [group]: string }
 * with every character of `code` in exactly one group. Text with no segment of its own (the rest
 * of a multi-line template literal, such as a component's CSS) belongs to the segment before it;
 * text the map marks as unmapped (the bundler's runtime helpers) is `other`. A file whose map
 * names no source at all (a JSON module) goes to `fallback` whole. `bySource`, when given,
 * collects { group, text } per source file.
 */
export function splitByGroup(code, mapText, { fallback = 'other', bySource, label = 'file' } = {}) {
  const parts = Object.fromEntries(GROUP_NAMES.map((name) => [name, []]));
  const joined = () => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.join('')]));
  const map = mapText ? JSON.parse(mapText) : undefined;
  if (!map?.sources?.length) {
    parts[fallback].push(code);
    if (bySource) bySource[`${label} (no source map)`] = { group: fallback, text: code };
    return joined();
  }
  const groups = map.sources.map((s) => groupOf(`${map.sourceRoot ?? ''}${s}`));
  const names = map.sources.map((s) => sourceName(s));
  const add = (source, text) => {
    if (!text) return;
    const group = source >= 0 ? groups[source] : 'other';
    parts[group].push(text);
    if (bySource) {
      const name = source >= 0 ? names[source] : '(unmapped: bundler runtime)';
      bySource[name] ??= { group, text: '' };
      bySource[name].text += text;
    }
  };
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings ?? '');
  let current = -1;
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    const newline = index < lines.length - 1 ? '\n' : '';
    if (!segments.length) {
      add(current, line + newline);
      return;
    }
    add(current, line.slice(0, segments[0][0]));
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      add(source, line.slice(column, end));
      current = source;
    });
    add(current, newline);
  });
  return joined();
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Base names of the dataset's JSON files: a bundler names a JSON module's chunk after them. */
const DATA_NAMES = new Set(
  [join(ROOT, 'data'), join(ROOT, 'src', 'data')]
    .flatMap((dir) => jsonFiles(dir))
    .filter((path) => !/schema\.json$/.test(path))
    .map((path) => basename(path, '.json')),
);

function jsonFiles(dir) {
  return readdirSyncSafe(dir).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/**
 * The group of a whole file whose source map names no source: a JSON module turned into a chunk
 * (Vite's JSON plugin emits no mappings), recognised by its chunk name `<json name>-<hash>.js`, or
 * `data-<hash>.js` in the CDN build.
 */
export function fallbackGroup(file) {
  const name = basename(file).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  // The CDN build names data parts `data-<hash>.js` (vite.config.ts); an app's bundler by their JSON file.
  return name === 'data' || DATA_NAMES.has(name) ? 'data' : groupOf(file);
}

/** A readable name for a source path: `lit-html/lit-html.js`, `src/components/...`, `data/...`. */
export function sourceName(source) {
  const path = String(source).replace(/\\/g, '/').replace(/^\0/, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const local = /(?:^|\/)((?:src|dist|data)\/.*)$/.exec(path);
  return local ? local[1] : path.replace(/^(\.\.\/)+/, '');
}

/** The source map text for a built file: its `//# sourceMappingURL=` file, else `file.map`. */
export function mapFor(file, code) {
  const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code);
  const candidates = [];
  if (match && !match[1].startsWith('data:')) candidates.push(resolve(dirname(file), match[1]));
  candidates.push(`${file}.map`);
  const found = candidates.find((path) => existsSync(path));
  return found ? readFileSync(found, 'utf8') : undefined;
}

/**
 * Size of a set of files (what a page loaded) with a breakdown by group. `files` are
 * { name, path } on disk. Each group's bytes are compressed on their own, so group figures add
 * up to a little more than the total (compression shares a dictionary across groups).
 */
export function breakdown(files) {
  const perFile = [];
  const groupText = Object.fromEntries(GROUP_NAMES.map((name) => [name, '']));
  let total = { raw: 0, gzip: 0, brotli: 0 };
  const bySource = {};
  for (const { name, path } of files) {
    const code = readFileSync(path, 'utf8');
    const size = compressed(Buffer.from(code));
    const body = code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
    const parts = splitByGroup(body, mapFor(path, code), { fallback: fallbackGroup(path), bySource, label: basename(path) });
    const mostly = Object.entries(parts).sort((a, b) => b[1].length - a[1].length)[0][0];
    perFile.push({ name, ...size, mostly, groups: Object.fromEntries(Object.entries(parts).filter(([, t]) => t.length).map(([k, t]) => [k, Buffer.byteLength(t)])) });
    for (const [group, text] of Object.entries(parts)) groupText[group] += text;
    total = { raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
  }
  const groups = {};
  for (const [group, text] of Object.entries(groupText)) {
    if (text.length) groups[group] = compressed(Buffer.from(text));
  }
  const sources = Object.entries(bySource)
    .map(([name, { group, text }]) => ({ name, group, minified: Buffer.byteLength(text), gzip: compressed(Buffer.from(text)).gzip }))
    .sort((a, b) => b.minified - a.minified);
  return { total, groups, files: perFile, sources };
}

// ---------------------------------------------------------------------------------------------
// The static import graph of built files (relative specifiers only: what a browser would fetch)

const STATIC = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+\s*|\*\s*|\{[^}]*\}\s*)?(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** { static: [paths], dynamic: [paths] } imported by one built file. */
export function importsOf(path) {
  const code = readFileSync(path, 'utf8');
  const at = (spec) => resolve(dirname(path), spec.split(/[?#]/)[0]);
  return {
    static: [...code.matchAll(STATIC)].map((m) => at(m[1])),
    dynamic: [...code.matchAll(DYNAMIC)].map((m) => at(m[1])),
  };
}

/** Every file reachable from `entry` through static imports alone (what loads before any import()). */
export function staticClosure(entry) {
  const seen = new Set();
  const stack = [resolve(entry)];
  while (stack.length) {
    const path = stack.pop();
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    stack.push(...importsOf(path).static);
  }
  return [...seen];
}

/** Every JS file under `dir` (for finding where the validator ended up). */
export function jsFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSyncSafe(d)) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

function readdirSyncSafe(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** True when any byte of `path` maps to the generated validator. */
export function containsValidator(path) {
  const code = readFileSync(path, 'utf8');
  const map = mapFor(path, code);
  if (map) return (JSON.parse(map).sources ?? []).some((s) => groupOf(s) === 'validator');
  return code.includes('urn:tip-widgets:schema');
}
