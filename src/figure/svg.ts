// The drawing half of the figure templates: escaping, wrapping by character count, and laying
// text blocks, a chart and the source line out on a canvas of a given size, as SVG text.
//
// Strings only: no DOM and no Node API, so the browser and Node draw the same picture.

/**
 * Text as SVG/XML character data or attribute value: `&`, `<`, `>`, `"` and `'` become entities,
 * and characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F)
 * become U+FFFD. Every string from a dataset, an attribute or a message goes through here: data
 * stays text, never markup.
 */
export function escapeXml(text: string): string {
  return String(text)
    // eslint-disable-next-line no-control-regex -- the controls XML forbids are what it looks for
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Longest text (in UTF-16 units) any one string may put on a figure; longer text is cut first, so layout stays linear. */
export const MAX_TEXT = 1200;

/**
 * The font's average advance, as a fraction of the font size, that wrapping assumes: there is no
 * text measuring in Node without a font engine, so lines are broken by character count. DejaVu
 * Sans (the packaged font) averages about 0.55 em for running Latin text and 0.6 em for Cyrillic
 * and digits; bold is about 10% wider. The estimate is set above those (0.62 em, 0.7 em bold) so a
 * wrapped line is narrower than the room it is given, never wider; text in capitals alone can
 * still reach the edge of its box, which the margins absorb.
 */
export const CHAR_EM = { regular: 0.62, bold: 0.7 } as const;

/** How many characters of `size` px fit in `width` px. */
export function charsFitting(width: number, size: number, bold: boolean): number {
  return Math.max(4, Math.floor(width / (size * (bold ? CHAR_EM.bold : CHAR_EM.regular))));
}

/**
 * `text` broken into lines of at most `max` characters, at spaces where it can, inside words
 * where a word alone is longer; at most `lines` lines, the last ending in `…` when text is left.
 * Linear in the text's length (which {@link MAX_TEXT} bounds).
 */
export function wrap(text: string, max: number, lines: number): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT));
  const out: string[] = [];
  let i = 0;
  while (i < chars.length && out.length < lines) {
    while (chars[i] === ' ') i++;
    if (i >= chars.length) break;
    let end = Math.min(chars.length, i + max);
    if (end < chars.length) {
      // Back to the last space in the line, if there is one; else the word is cut.
      let space = -1;
      for (let j = end; j > i; j--) {
        if (chars[j] === ' ') {
          space = j;
          break;
        }
      }
      if (space > i) end = space;
    }
    out.push(chars.slice(i, end).join('').trimEnd());
    i = end;
  }
  while (i < chars.length && chars[i] === ' ') i++;
  if (i < chars.length && out.length) {
    const last = Array.from(out[out.length - 1]!);
    out[out.length - 1] = `${last.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
  }
  return out;
}

export interface Palette {
  text: string;
  surface: string;
  muted: string;
  border: string;
  tint: string;
  accent: string;
  accent2: string;
}

/** The `light` and `dark` themes of src/styles/tokens.ts (WCAG 2.2 AA pairs), as fixed colours. */
export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: { text: '#1b1f24', surface: '#ffffff', muted: '#4a5361', border: '#8a939f', tint: '#f1f4f8', accent: '#1d5fa6', accent2: '#b4530b' },
  dark: { text: '#eef1f5', surface: '#15191f', muted: '#bac2cc', border: '#6b7583', tint: '#222831', accent: '#86b6ec', accent2: '#f0a35e' },
};

/** The family the SVG names; the packaged DejaVu Sans (see ./font.ts), then the viewer's sans-serif. */
export const FONT_FAMILY = 'DejaVu Sans';

/** A text block's look: its size in units of the figure's base size, weight and colour. */
export type Role = 'kicker' | 'label' | 'figure' | 'comparison' | 'body' | 'muted' | 'item' | 'number';
const ROLES: Record<Role, { size: number; bold: boolean; color: keyof Palette }> = {
  kicker: { size: 0.85, bold: false, color: 'muted' },
  label: { size: 1.3, bold: true, color: 'text' },
  figure: { size: 3.4, bold: true, color: 'text' },
  comparison: { size: 1.1, bold: false, color: 'text' },
  body: { size: 1.05, bold: false, color: 'text' },
  muted: { size: 0.85, bold: false, color: 'muted' },
  item: { size: 1.0, bold: true, color: 'text' },
  number: { size: 1.9, bold: true, color: 'accent' },
};

export interface TextBlock {
  kind: 'text';
  role: Role;
  text: string;
  /** Most lines it may take (default 2). */
  lines?: number;
  /** A mark drawn before the first line in the accent colour (▲, ▼, ＝). */
  icon?: string;
  /** On one line, whole, drawn smaller when it is long (an address must stay one piece to be copied). */
  fit?: boolean;
}

export interface ChartSeries {
  label: string;
  previous: number;
  value: number;
  previousText: string;
  valueText: string;
}

export interface ChartBlock {
  kind: 'chart';
  type: 'bar' | 'line';
  years: [string, string];
  series: ChartSeries[];
}

export type Block = TextBlock | ChartBlock | { kind: 'gap'; size: number };

export interface Page {
  width: number;
  height: number;
  theme: 'light' | 'dark';
  lang: string;
  /** The accessible name of the picture: the alt text. */
  title: string;
  blocks: Block[];
  /** The source line at the foot: "Source: title, publisher" and the report's address. */
  source: { line: string; url: string };
}

interface Drawn {
  svg: string[];
  height: number;
}

/** Draws `text` blocks from `y` down, at scale `base` px a unit. */
function textBlock(block: TextBlock, x: number, y: number, width: number, base: number, palette: Palette): Drawn {
  const role = ROLES[block.role];
  const natural = role.size * base;
  const count = Array.from(block.text).length;
  const size = Math.round((block.fit ? Math.min(natural, width / (Math.max(1, count) * (role.bold ? CHAR_EM.bold : CHAR_EM.regular))) : natural) * 10) / 10;
  const iconWidth = block.icon ? size * 1.3 : 0;
  const lines = block.fit ? (block.text ? [block.text.slice(0, MAX_TEXT)] : []) : wrap(block.text, charsFitting(width - iconWidth, size, role.bold), block.lines ?? 2);
  const leading = size * (block.role === 'figure' ? 1.1 : 1.3);
  const svg: string[] = [];
  lines.forEach((line, i) => {
    const baseline = y + leading * i + size;
    if (i === 0 && block.icon) {
      svg.push(`<text x="${r(x)}" y="${r(baseline)}" font-size="${size}" fill="${palette.accent}" aria-hidden="true">${escapeXml(block.icon)}</text>`);
    }
    svg.push(
      `<text x="${r(x + iconWidth)}" y="${r(baseline)}" font-size="${size}"${role.bold ? ' font-weight="bold"' : ''} fill="${palette[role.color]}">${escapeXml(line)}</text>`,
    );
  });
  return { svg, height: lines.length ? leading * (lines.length - 1) + size * 1.35 : 0 };
}

/** Horizontal bars: each figure's label, then its two years' bars with their values. */
function bars(block: ChartBlock, x: number, y: number, width: number, height: number, base: number, palette: Palette): string[] {
  const svg: string[] = [];
  const n = block.series.length;
  const max = Math.max(1, ...block.series.flatMap((s) => [s.previous, s.value]));
  const row = height / n;
  const size = Math.max(8, Math.min(base * 0.9, row / 3.4));
  const bar = Math.max(2, Math.min(size * 1.1, (row - size * 1.6) / 2.2));
  const valueRoom = size * 0.62 * 16;
  const barWidth = Math.max(10, width - valueRoom);
  block.series.forEach((s, i) => {
    const top = y + row * i;
    svg.push(`<text x="${r(x)}" y="${r(top + size)}" font-size="${r(size)}" fill="${palette.text}">${escapeXml(wrap(s.label, charsFitting(width, size, false), 1)[0] ?? '')}</text>`);
    const pairs: [number, string, string, string][] = [
      [s.previous, s.previousText, palette.accent2, block.years[0]],
      [s.value, s.valueText, palette.accent, block.years[1]],
    ];
    pairs.forEach(([value, text, color, year], j) => {
      const by = top + size * 1.45 + j * (bar * 1.15);
      const w = Math.max(1, (barWidth * Math.max(0, value)) / max);
      svg.push(`<rect x="${r(x)}" y="${r(by)}" width="${r(w)}" height="${r(bar)}" fill="${color}"/>`);
      svg.push(
        `<text x="${r(x + w + size * 0.4)}" y="${r(by + bar * 0.8)}" font-size="${r(Math.min(size, bar * 1.05))}" fill="${palette.text}">${escapeXml(`${text} (${year})`)}</text>`,
      );
    });
  });
  return svg;
}

/** Lines: one per year across the figures, each point with its value, the figures' labels beneath. */
function lines(block: ChartBlock, x: number, y: number, width: number, height: number, base: number, palette: Palette): string[] {
  const svg: string[] = [];
  const n = block.series.length;
  const size = Math.max(8, base * 0.8);
  const labelRows = 2;
  const plotTop = y + size * 1.4;
  const plotBottom = y + height - size * 1.3 * labelRows - size * 0.6;
  const max = Math.max(1, ...block.series.flatMap((s) => [s.previous, s.value]));
  const band = width / n;
  const px = (i: number) => x + band * (i + 0.5);
  const py = (v: number) => plotBottom - ((plotBottom - plotTop) * Math.max(0, v)) / max;
  svg.push(`<line x1="${r(x)}" y1="${r(plotBottom)}" x2="${r(x + width)}" y2="${r(plotBottom)}" stroke="${palette.border}" stroke-width="1"/>`);
  const years: [keyof ChartSeries & ('previous' | 'value'), 'previousText' | 'valueText', string, boolean][] = [
    ['previous', 'previousText', palette.accent2, true],
    ['value', 'valueText', palette.accent, false],
  ];
  for (const [key, textKey, color, dashed] of years) {
    const points = block.series.map((s, i) => `${r(px(i))},${r(py(s[key]))}`).join(' ');
    svg.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="${r(size * 0.25)}"${dashed ? ` stroke-dasharray="${r(size * 0.6)} ${r(size * 0.4)}"` : ''}/>`);
    block.series.forEach((s, i) => {
      svg.push(`<circle cx="${r(px(i))}" cy="${r(py(s[key]))}" r="${r(size * 0.35)}" fill="${color}"/>`);
      // The earlier year's value left of its point, the later year's right of it, both above:
      // the two never overlap, nor reach the labels under the axis.
      const before = key === 'previous';
      svg.push(
        `<text x="${r(px(i) + (before ? -size * 0.5 : size * 0.5))}" y="${r(py(s[key]) - size * 0.5)}" font-size="${r(size)}" text-anchor="${before ? 'end' : 'start'}" fill="${palette.text}">${escapeXml(s[textKey])}</text>`,
      );
    });
  }
  block.series.forEach((s, i) => {
    wrap(s.label, charsFitting(band - size * 0.4, size * 0.9, false), labelRows).forEach((line, j) => {
      svg.push(
        `<text x="${r(px(i))}" y="${r(plotBottom + size * 1.3 * (j + 1))}" font-size="${r(size * 0.9)}" text-anchor="middle" fill="${palette.text}">${escapeXml(line)}</text>`,
      );
    });
  });
  return svg;
}

/** The legend of a chart: a swatch and the year for each of the two years. */
function legend(block: ChartBlock, x: number, y: number, base: number, palette: Palette): Drawn {
  const size = base * 0.9;
  const svg: string[] = [];
  let at = x;
  for (const [year, color] of [
    [block.years[0], palette.accent2],
    [block.years[1], palette.accent],
  ] as const) {
    svg.push(`<rect x="${r(at)}" y="${r(y + size * 0.1)}" width="${r(size)}" height="${r(size)}" rx="2" fill="${color}"/>`);
    svg.push(`<text x="${r(at + size * 1.4)}" y="${r(y + size)}" font-size="${r(size)}" fill="${palette.text}">${escapeXml(year)}</text>`);
    at += size * (2.4 + Array.from(year).length * CHAR_EM.regular);
  }
  return { svg, height: size * 1.6 };
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The page as SVG: the blocks from the top, a chart taking the room left, the source at the foot.
 * When the text does not fit at the natural size the whole figure is drawn smaller, step by step.
 */
export function drawPage(page: Page): string {
  const { width, height } = page;
  const palette = PALETTES[page.theme];
  const pad = Math.round(Math.min(width, height) * 0.065);
  const stripe = Math.max(4, Math.round(pad * 0.2));
  const innerX = pad + stripe + Math.round(pad * 0.5);
  const innerW = width - innerX - pad;
  const natural = Math.sqrt(width * height) / 30;
  let body: string[] = [];
  for (let scale = 1; scale > 0.3; scale *= 0.88) {
    const base = natural * scale;
    body = [];
    // The foot first: the source line and the address, from the bottom up.
    const footBlocks: TextBlock[] = [
      { kind: 'text', role: 'muted', text: page.source.line, lines: 2 },
      { kind: 'text', role: 'muted', text: page.source.url, fit: true },
    ];
    const footHeight = footBlocks.reduce((sum, b) => sum + textBlock(b, innerX, 0, innerW, base, palette).height, 0);
    const footTop = height - pad - footHeight;
    let y = pad;
    const chart = page.blocks.find((b): b is ChartBlock => b.kind === 'chart');
    let chartAt = -1;
    for (const block of page.blocks) {
      if (block.kind === 'gap') y += block.size * base;
      else if (block.kind === 'text') {
        const drawn = textBlock(block, innerX, y, innerW, base, palette);
        body.push(...drawn.svg);
        y += drawn.height + base * 0.35;
      } else {
        const drawn = legend(block, innerX, y, base, palette);
        body.push(...drawn.svg);
        y += drawn.height;
        chartAt = y;
      }
    }
    const room = footTop - base * 0.6 - (chart ? chartAt : y);
    const needs = chart ? (chart.type === 'bar' ? chart.series.length * base * 2.6 : base * 8) : 0;
    if (room < needs && scale * 0.88 > 0.3) continue;
    if (chart) body.push(...(chart.type === 'bar' ? bars : lines)(chart, innerX, chartAt, innerW, Math.max(room, base), base, palette));
    body.push(`<line x1="${innerX}" y1="${r(footTop - base * 0.45)}" x2="${innerX + innerW}" y2="${r(footTop - base * 0.45)}" stroke="${palette.border}" stroke-width="1"/>`);
    let fy = footTop;
    for (const b of footBlocks) {
      const drawn = textBlock(b, innerX, fy, innerW, base, palette);
      body.push(...drawn.svg);
      fy += drawn.height;
    }
    break;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tip-figure-title" lang="${escapeXml(page.lang)}" font-family="${FONT_FAMILY}, sans-serif">`,
    `<title id="tip-figure-title">${escapeXml(page.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.surface}"/>`,
    `<rect x="${pad}" y="${pad}" width="${stripe}" height="${height - 2 * pad}" fill="${palette.accent}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
