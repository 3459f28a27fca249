/// <reference types="node" />
// The Node half of the figure images (tip-widgets/ssr renderImage and renderStatic): an SVG drawn as
// PNG by resvg with the packaged font only, and image files written under a content-hash name.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY } from '../figure/svg.js';
import { fontUrls } from '../figure/font.js';

/** The packaged font files (dist/fonts/, see ../figure/font.ts), as paths. */
export function fontFiles(): string[] {
  const files = fontUrls().map((url) => fileURLToPath(url));
  const missing = files.find((file) => !existsSync(file));
  // Without them resvg would draw no text at all: a picture with its words missing is worse than an error.
  if (missing) throw new Error(`the font file ${missing} is missing (the package's dist/fonts/ is incomplete).`);
  return files;
}

/**
 * `svg` as PNG at its own size. resvg (@resvg/resvg-js, a native module) is loaded by import() on
 * the first image, never by a plain render; it sees only the packaged DejaVu Sans
 * (`loadSystemFonts: false`), so the picture is the same on every machine.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

/**
 * Writes `data` to `dir` as `<stem>-<hash>.<ext>` (the first 16 hex digits of its SHA-256: the same
 * picture is one file however often a page shows it) and returns the file's name.
 */
export async function writeImage(dir: string, stem: string, ext: 'png' | 'svg', data: Buffer | string): Promise<string> {
  const name = `${stem}-${createHash('sha256').update(data).digest('hex').slice(0, 16)}.${ext}`;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), data);
  return name;
}
