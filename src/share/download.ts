// Saving a figure from the browser: the SVG as it is, the PNG drawn from it on a canvas. The PNG
// path loads the SVG as an image from a data: address, so a page whose Content Security Policy
// has an `img-src` without `data:` blocks it (the image fails to load); the SVG download needs no
// such permission (a blob: address opened by a download link is not fetched under img-src).

/** Starts the download of `blob` as `name`. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  // Not added to the page: a detached link's click() downloads in every current browser.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * `svg` drawn at `width`×`height` CSS pixels times `scale`, as a PNG. Rejects when the image cannot
 * load (a CSP without `data:` in `img-src`) or the canvas cannot encode.
 */
export function pngBlob(svg: string, width: number, height: number, scale = 1): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    image.onerror = () => reject(new Error('the SVG image did not load'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
