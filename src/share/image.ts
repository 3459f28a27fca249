// The figure's image for the Share menu's downloads, from src/figure/ (the SVG templates shared
// with Node). NOT WIRED YET: it waits for src/figure/figure.ts (branch figure-images).
import type { CitationRequest } from './citation.js';

export const SIZES = ['widget', '1200x675', '1080x1080', '1200x630'] as const;
export type ImageSize = (typeof SIZES)[number];

export interface Image {
  svg: string;
  alt: string;
  width: number;
  height: number;
}

export function figureOf(_request: CitationRequest, _size: ImageSize, _widget: HTMLElement): Promise<Image> {
  return Promise.reject(new Error('image downloads are not built yet'));
}
