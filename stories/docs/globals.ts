// The toolbar globals (theme, locale, width) and how a story's own args take precedence over them.

export const THEME_ITEMS = [
  { value: 'auto', title: 'Theme: auto (inherit the page)' },
  { value: 'light', title: 'Theme: light' },
  { value: 'dark', title: 'Theme: dark' },
];

export const LOCALE_ITEMS = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'sr-Latn', title: 'Srpski (latinica)', right: 'sr-Latn' },
  { value: 'sr', title: 'Српски (ћирилица)', right: 'sr' },
];

export const WIDTH_ITEMS = [
  { value: '280px', title: '280px column' },
  { value: '412px', title: '412px phone' },
  { value: '768px', title: '768px tablet' },
  { value: '1200px', title: '1200px desktop' },
  { value: 'full', title: 'Full width' },
];

type Args = Record<string, unknown>;
interface Context {
  globals: Record<string, unknown>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The `theme` attribute a story's element gets: its own arg, else the toolbar's choice. `auto`
 * from the toolbar writes no attribute at all, which is what a page that never sets one gets.
 */
export function themeAttr(args: Args, context: Context): string | undefined {
  const own = text(args.theme);
  if (own) return own;
  const global = text(context.globals.theme);
  return global && global !== 'auto' ? global : undefined;
}

/** The theme the story's surroundings should paint: the element's theme, else the toolbar's. */
export function effectiveTheme(args: Args, globals: Record<string, unknown>): string {
  return text(args.theme) ?? text(globals.theme) ?? 'auto';
}

/** The language of the story's surroundings: the element's own locale, else the toolbar's. */
export function effectiveLang(args: Args, globals: Record<string, unknown>): string {
  return text(args.locale) ?? text(globals.locale) ?? 'en';
}
