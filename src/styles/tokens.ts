// The design tokens every widget shares: public --tip-* variables in, private --_ variables out.
import { css } from 'lit';

/**
 * Tiers: a page sets `--tip-*` tokens; each theme gives them fallbacks; components read only the
 * private `--_*` variables. With `theme="auto"` (the default) text colour and font are inherited
 * from the page, the background is transparent, and only accents follow the page's declared
 * `color-scheme` (a meta tag or CSS, when it says dark) or else `prefers-color-scheme`,
 * so a widget looks native on any page. Because an `auto` widget cannot know the page's
 * background (a light-only page is still light when the phone is in dark mode), its accents
 * (bars, arrows, the tier pip, the help box's bar) are mid-tones that keep ≥ 3:1 against both
 * white and near-black (#fbfaf7 to #1e1e1e) in either scheme. `light` and `dark` paint their own
 * surface, with colour pairs that meet WCAG 2.2 AA (text ≥ 4.5:1, accents and borders ≥ 3:1).
 */
export const tokens = css`
  :host {
    --_font: var(--tip-font-family);
    --_text: var(--tip-color-text);
    --_surface: var(--tip-color-surface, transparent);
    --_muted: var(--tip-color-muted, currentColor);
    --_border: var(--tip-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_tint: var(--tip-color-tint, color-mix(in srgb, currentColor 6%, transparent));
    --_accent: var(--tip-color-accent, #2f74c0);
    --_accent-2: var(--tip-color-accent-2, #b4530b);
    --_radius: var(--tip-radius, 0.5rem);
    --_space: var(--tip-space, 1rem);
    --_focus: var(--tip-color-focus, currentColor);
  }
  /* The page's own colour scheme (a <meta name="color-scheme" content="dark">, or color-scheme on
     :root or an ancestor), which the host inherits: light-dark() picks by it, so a dark page gets
     the dark accents when the system is light. Behind @supports, as a browser without light-dark()
     would drop every colour that reads these variables. The system's scheme still applies below. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--tip-color-accent, light-dark(#2f74c0, #4b8ad6));
      --_accent-2: var(--tip-color-accent-2, light-dark(#b4530b, #d67628));
    }
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--tip-color-accent, #4b8ad6);
      --_accent-2: var(--tip-color-accent-2, #d67628);
    }
  }
  :host([theme='light']) {
    --_text: var(--tip-color-text, #1b1f24);
    --_surface: var(--tip-color-surface, #ffffff);
    --_muted: var(--tip-color-muted, #4a5361);
    --_border: var(--tip-color-border, #8a939f);
    --_tint: var(--tip-color-tint, #f1f4f8);
    --_accent: var(--tip-color-accent, #1d5fa6);
    --_accent-2: var(--tip-color-accent-2, #b4530b);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_text: var(--tip-color-text, #eef1f5);
    --_surface: var(--tip-color-surface, #15191f);
    --_muted: var(--tip-color-muted, #bac2cc);
    --_border: var(--tip-color-border, #6b7583);
    --_tint: var(--tip-color-tint, #222831);
    --_accent: var(--tip-color-accent, #86b6ec);
    --_accent-2: var(--tip-color-accent-2, #f0a35e);
    color-scheme: dark;
  }
`;
