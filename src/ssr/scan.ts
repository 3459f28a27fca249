/// <reference types="node" />
// Finds the tip-* tags of a page for the server renderer, in time linear in the page's length.
//
// Not parse5's tree: its tree construction follows the HTML standard, whose reconstruction of
// formatting elements is quadratic in misnested markup (measured with parse5 8.1: 36 kB of
// `<p><b id=1>…<b id=2000></p>` followed by 2,000 `<p>x</p>` took 36 s and 1.8 GB). Tokenizing is
// linear, so this reads parse5's tokens (parse5-sax-parser, which also switches the tokenizer for
// <script>, <style>, <textarea> and foreign content as the standard's tree construction would) and
// keeps its own stack of open elements, with the standard's commonest implied end tags (p, li,
// dt/dd, table rows and cells). The stack gives what the renderer needs: the `lang` around a tag,
// whether it is inside a <template> or another widget (left as written), inside <svg> or <math>
// (left alone: a shadow root template cannot work there), and whether it already has a declarative
// shadow root (a page rendered twice). In misnested HTML that a browser repairs differently, the
// `lang` read here can differ from the browser's; the rest of the page is never rewritten.
import { SAXParser, type StartTag, type EndTag } from 'parse5-sax-parser';

/** One tip-* start tag found in the page. */
export interface FoundTag {
  tag: string;
  attrs: [string, string][];
  /** Offset of the start tag's `<`. */
  startOffset: number;
  /** Offset just past the start tag: where its shadow root template goes. */
  endOffset: number;
  /**
   * Offset just past the element's end: past its end tag, or where the end tag of an element around
   * it closed it; undefined when the page ends with it open.
   */
  closeOffset?: number;
  /** The name of the element around it (`p`, `div`), if any. */
  parent?: string;
  /** The nearest `lang` attribute around it, if any. */
  lang?: string;
  /** It has a declarative shadow root already (a <template shadowrootmode> child). */
  rendered: boolean;
  /** Inside <svg> or <math> (outside their HTML integration points). */
  foreign: boolean;
}

interface Open {
  name: string;
  lang?: string;
  /** Inside a <template>, or inside a widget: tags there are left as written. */
  passive: boolean;
  found?: FoundTag;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'image', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Start tags that close an open <p> (the HTML standard's "close a p element", read at the top of the stack). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'search', 'section', 'summary', 'table', 'ul', 'dd', 'dt',
]);
/**
 * A start tag that closes the element on top of the stack when that is one of these (siblings by
 * the standard). A Map, not an object: tag names are the page's, and `<constructor>` must not find
 * Object.prototype's.
 */
const CLOSES_SIBLING = new Map<string, readonly string[]>([
  ['li', ['li']],
  ['dt', ['dt', 'dd']],
  ['dd', ['dt', 'dd']],
  ['td', ['td', 'th']],
  ['th', ['td', 'th']],
  ['tr', ['tr', 'td', 'th']],
  ['option', ['option']],
]);

/** SAXParser, with the namespace its parser feedback keeps (tree construction's, for the current token). */
class Scanner extends SAXParser {
  get foreign(): boolean {
    return this.parserFeedbackSimulator.inForeignContent;
  }
}

/**
 * Every tip-* start tag in `html` for which `isTag` is true, in document order, with what the renderer
 * needs to know about where it stands. Linear in `html.length`: each token is read once, each open
 * element is pushed and popped once, and an end tag with no open element of its name costs O(1).
 */
export async function scanTags(html: string, isTag: (name: string) => boolean): Promise<FoundTag[]> {
  const found: FoundTag[] = [];
  const stack: Open[] = [];
  /** How many elements of each name are open, so an unmatched end tag is dismissed without a search. */
  const openCount = new Map<string, number>();
  const push = (entry: Open) => {
    stack.push(entry);
    openCount.set(entry.name, (openCount.get(entry.name) ?? 0) + 1);
  };
  const pop = () => {
    const entry = stack.pop()!;
    openCount.set(entry.name, openCount.get(entry.name)! - 1);
  };
  const scanner = new Scanner({ sourceCodeLocationInfo: true });

  scanner.on('startTag', (token: StartTag) => {
    const name = token.tagName;
    const foreign = scanner.foreign;
    if (!foreign) {
      const top = stack.at(-1)?.name;
      if (top === 'p' && CLOSES_P.has(name)) pop();
      const siblings = CLOSES_SIBLING.get(name);
      if (siblings && stack.length && siblings.includes(stack.at(-1)!.name)) pop();
    }
    const parent = stack.at(-1);
    const lang = token.attrs.find((a) => a.name === 'lang')?.value ?? parent?.lang;
    const passive = !!parent && (parent.passive || parent.name === 'template' || parent.found !== undefined);
    // A direct <template shadowrootmode> child: the widget was rendered before (rendering twice changes nothing).
    if (name === 'template' && parent?.found && token.attrs.some((a) => a.name === 'shadowrootmode')) parent.found.rendered = true;
    let entry: FoundTag | undefined;
    if (!passive && isTag(name) && token.sourceCodeLocation) {
      entry = {
        tag: name,
        attrs: token.attrs.map((a): [string, string] => [a.name, a.value]),
        startOffset: token.sourceCodeLocation.startOffset,
        endOffset: token.sourceCodeLocation.endOffset,
        parent: parent?.name,
        lang,
        rendered: false,
        foreign,
      };
      found.push(entry);
    }
    if ((VOID.has(name) && !foreign) || (token.selfClosing && foreign)) return;
    push({ name, lang, passive, found: entry });
  });

  scanner.on('endTag', (token: EndTag) => {
    if (!openCount.get(token.tagName)) return;
    const at = token.sourceCodeLocation;
    while (stack.length) {
      const { name, found: open } = stack.at(-1)!;
      pop();
      // Its own end tag ends it; another's, closing it on the way, ends it where that tag starts.
      if (open && at) open.closeOffset = name === token.tagName ? at.endOffset : at.startOffset;
      if (name === token.tagName) break;
    }
  });

  const done = new Promise<void>((resolve, reject) => {
    scanner.on('finish', resolve);
    scanner.on('error', reject);
  });
  scanner.end(html);
  await done;
  return found;
}
