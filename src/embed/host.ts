// embed-host.js: an optional script for the page around our iframes; it sets each one's height to its content's, and touches no other frame.
//
// Built as a plain script (no imports, no exports, nothing global): `<script src="…/embed-host.js" async>`.
// Which frames are ours: those whose address is the embed.html in this script's own folder. A
// height is believed only from the window of one of those frames (`event.source`), sent from that
// frame's origin, and is clamped, so another frame (an ad, a hostile widget) cannot resize ours
// or anything else.
{
  const HEIGHT_MESSAGE = 'tip-widgets:height';
  const MEASURE_MESSAGE = 'tip-widgets:measure';
  /** No widget is taller than this; a larger value is clamped, not believed. */
  const MAX_HEIGHT = 20_000;

  const script = document.currentScript;
  const page = script instanceof HTMLScriptElement && script.src ? new URL('embed.html', script.src) : undefined;

  /** Whether `frame` shows our embed.html (any query). */
  const isOurs = (frame: HTMLIFrameElement): boolean => {
    if (!page) return false;
    try {
      const url = new URL(frame.src, document.baseURI);
      return url.origin === page.origin && url.pathname === page.pathname;
    } catch {
      return false;
    }
  };

  const ourFrames = (): HTMLIFrameElement[] => [...document.getElementsByTagName('iframe')].filter(isOurs);

  if (page) {
    window.addEventListener('message', (event: MessageEvent) => {
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HEIGHT_MESSAGE) return;
      if (event.origin !== page.origin) return;
      const height = (data as { height?: unknown }).height;
      if (typeof height !== 'number' || !Number.isFinite(height)) return;
      const frame = ourFrames().find((f) => f.contentWindow === event.source);
      if (!frame) return;
      frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height)))}px`;
    });
    // Frames that loaded before this script posted their height to nobody: ask them again. To any
    // origin: the request holds nothing, and a frame still on its first about:blank (added together
    // with this script) would otherwise make the browser log an origin-mismatch error.
    const ask = (): void => {
      for (const frame of ourFrames()) frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
    };
    ask();
    if (document.readyState !== 'complete') window.addEventListener('load', ask, { once: true });
  }
}
