// How a figure's SVG gets its font, so that the picture does not depend on the machine.
//
// The font is DejaVu Sans (regular and bold), from the npm package dejavu-fonts-ttf@2.37.3: it
// covers Latin, Latin Extended and Cyrillic, so Serbian in either script is drawn as letters. The
// build copies the two TrueType files and their licence to dist/fonts/ (build-tools/build.mjs);
// they are the only font files in the package. The SVG names the family (`DejaVu Sans`) and
// carries no font itself:
//
// - Node (tip-widgets/ssr renderImage, the CLI): resvg is given the two files (`fontFiles`, from
//   fontUrls() below) with `loadSystemFonts: false`, so the PNG is the same on every machine.
// - Browser (the Share control): an SVG drawn into an <img> or a canvas cannot load fonts from the
//   page, so the font goes inside it: loadFontCss() fetches the two files (once, on first use: no
//   first load pays for them) and withFont() puts them in the SVG as @font-face data: URLs. That
//   needs `connect-src` for the fonts' address and `img-src data:` under a Content Security Policy.
//   An SVG saved without them still names the family, and a viewer without it uses its sans-serif.
//
// Browser- and Node-safe: no DOM and no Node API (Node callers turn the URLs into paths).

/** The font files, in the order regular, bold. */
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

/**
 * Where the built package keeps the fonts: `dist/fonts/`, beside `dist/figure/` where this module
 * is built. Written as a variable, not a literal, so no bundler inlines 1.4 MB of fonts here.
 */
const BESIDE = '../fonts/';

/**
 * The addresses of the font files: under `base` when given, else in the package beside this module
 * as the npm build lays it out (`dist/figure/font.js` → `dist/fonts/`). A bundle that moves this
 * module elsewhere passes `base`: the CDN build's chunks sit in `dist/cdn/chunks/`, so there it is
 * `new URL('../../fonts/', import.meta.url)` (the package's `dist/fonts/`, served by the same CDN).
 */
export function fontUrls(base?: string | URL): URL[] {
  const dir = base === undefined ? new URL(BESIDE, import.meta.url) : new URL(String(base).endsWith('/') ? String(base) : `${String(base)}/`, globalThis.location?.href);
  return FONT_FILES.map((file) => new URL(file, dir));
}

/** Bytes as base64, in pieces (a 700 kB font in one String.fromCharCode call would overflow the stack). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** @font-face rules for the regular and bold faces, each a data: URL of its TrueType bytes. */
export function fontFaceCss(regular: Uint8Array, bold: Uint8Array): string {
  const face = (bytes: Uint8Array, weight: number) =>
    `@font-face{font-family:"DejaVu Sans";font-weight:${weight};src:url(data:font/ttf;base64,${base64(bytes)}) format("truetype")}`;
  return face(regular, 400) + face(bold, 700);
}

let loading: Promise<string> | undefined;

/**
 * The @font-face rules with both faces inside, fetched once per page from `base` (default: the
 * package's dist/fonts/), for withFont(). Rejects when a file cannot be fetched; the caller may
 * then use the SVG as it is (the viewer's sans-serif).
 */
export function loadFontCss(base?: string | URL): Promise<string> {
  loading ??= Promise.all(
    fontUrls(base).map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  ).then(([regular, bold]) => fontFaceCss(regular!, bold!));
  loading.catch(() => (loading = undefined));
  return loading;
}

/** `svg` (a figure's) with `css` (from loadFontCss or fontFaceCss) in a <style> at its start. */
export function withFont(svg: string, css: string): string {
  // The css is ours (base64 and fixed text): it holds no `<` and cannot end the element.
  const at = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return `${svg.slice(0, at)}\n<style>${css.replace(/</g, '')}</style>${svg.slice(at)}`;
}
