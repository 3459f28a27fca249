// What the docs know about each element, read from custom-elements.json (generated from the JSDoc) and the dataset.
import manifestJson from '../../custom-elements.json';
import { THEMES } from '../../src/base/tip-element.js';
import { PRESET_NAMES } from '../../src/components/yoy-chart/series.js';
import { dataset } from './dataset.js';
import { TAGS } from '../../src/elements.mjs';

/** The parts of a custom-elements.json declaration the docs use. */
export interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

export interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  slots?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/**
 * The manifest as Storybook's tables should show it: public API only. The analyzer also lists
 * private and protected members (and a field beside each attribute it mirrors), which would put
 * `loadToken` and a second `showBreakdown` row into every props table.
 */
export function publicManifest(input: Manifest): Manifest {
  return {
    ...input,
    modules: input.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => ({
        ...decl,
        members: decl.members?.filter(
          (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.attribute,
        ),
      })),
    })),
  };
}

/** custom-elements.json with public members only: what the docs and Storybook's tables show. */
export const manifest = publicManifest(manifestJson as unknown as Manifest);

/** Every element, in the order the library introduces them (the registry's, src/elements.mjs). */
export const ELEMENT_ORDER: readonly string[] = TAGS;

export function declarationFor(tag: string): Declaration | undefined {
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) if (decl.tagName === tag) return decl;
  }
  return undefined;
}

/** Tags documented in custom-elements.json, in {@link ELEMENT_ORDER}. */
export function documentedTags(): string[] {
  const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.tagName).filter((t): t is string => !!t));
  return [...tags].sort((a, b) => rank(a) - rank(b));
}

function rank(tag: string): number {
  const i = ELEMENT_ORDER.indexOf(tag);
  return i === -1 ? ELEMENT_ORDER.length : i;
}

/** Metric ids, in the dataset's order. */
export const METRIC_IDS = Object.keys(dataset.metrics);

const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'];

/**
 * The values an attribute accepts when they form a short list. Metric ids, heading levels and
 * locale tags are plain `string` in the manifest, so their lists are given here; the others
 * repeat the element's own constant or union (the manifest's union is the fallback below).
 */
const ENUMS: Record<string, Record<string, readonly string[]>> = {
  '*': { theme: THEMES, locale: ['en', 'sr-Latn', 'sr'] },
  'tip-tier-badge': { variant: ['full', 'compact'] },
  'tip-stat-card': { metric: METRIC_IDS, compare: ['on', 'off'] },
  'tip-yoy-chart': { preset: PRESET_NAMES, type: ['bar', 'line'] },
  'tip-recommendation-list': { section: ['prosecution', 'protection', 'prevention'], 'heading-level': HEADING_LEVELS },
  'tip-hotline-callout': { 'heading-level': HEADING_LEVELS },
};

/** `'a'|'b'` in a manifest type, as a list; undefined for anything else. */
function unionOf(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

export type AttributeKind = 'boolean' | 'enum' | 'number' | 'text';

export interface AttributeInfo {
  name: string;
  description: string;
  kind: AttributeKind;
  options?: readonly string[];
  default?: string;
}

/** The attributes of `tag`, typed for a form control or a Storybook control. */
export function attributesOf(tag: string): AttributeInfo[] {
  const decl = declarationFor(tag);
  if (!decl) return [];
  return (decl.attributes ?? []).map((attr) => {
    const type = attr.type?.text ?? 'string';
    const options = ENUMS[tag]?.[attr.name] ?? ENUMS['*']![attr.name] ?? unionOf(type);
    const kind: AttributeKind = type.startsWith('boolean') ? 'boolean' : options ? 'enum' : type.startsWith('number') ? 'number' : 'text';
    return {
      name: attr.name,
      description: attr.description ?? '',
      kind,
      options,
      default: attr.default?.replace(/^'(.*)'$/, '$1'),
    };
  });
}

type ArgType = Record<string, unknown>;

/**
 * Storybook argTypes for `tag`: a control per attribute, typed from the manifest (plus the
 * option lists above), the fallback text as the default slot, events wired to the Actions panel,
 * and no controls for members that are not attributes. Descriptions stay the manifest's.
 */
export function argTypesFor(tag: string, extra: Record<string, ArgType> = {}): Record<string, ArgType> {
  const types: Record<string, ArgType> = {};
  for (const attr of attributesOf(tag)) {
    const control =
      attr.kind === 'boolean'
        ? { type: 'boolean' }
        : attr.kind === 'enum'
          ? { type: attr.options!.length > 6 ? 'select' : 'radio' }
          : attr.kind === 'number'
            ? { type: 'number' }
            : { type: 'text' };
    types[attr.name] = { control, ...(attr.options ? { options: attr.options } : {}), table: { category: 'attributes' } };
  }
  // Properties without an attribute (`data`, `loadComplete`…), events, CSS properties and parts
  // are documented, not controlled.
  const decl = declarationFor(tag);
  for (const item of [...(decl?.members ?? []), ...(decl?.events ?? []), ...(decl?.cssProperties ?? []), ...(decl?.cssParts ?? [])]) {
    if (!types[item.name]) types[item.name] = { control: false };
  }
  types.fallback = {
    name: 'fallback (default slot)',
    description: decl?.slots?.find((s) => s.name === '')?.description ?? 'Fallback text.',
    control: { type: 'text' },
    table: { category: 'slots' },
  };
  types.onTipLoad = { action: 'tip-load', table: { disable: true } };
  types.onTipError = { action: 'tip-error', table: { disable: true } };
  return { ...types, ...extra };
}
