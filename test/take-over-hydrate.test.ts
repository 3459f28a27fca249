// The take-over with lit's hydrate support (tip-widgets/hydrate.js loads it first, as this file
// does): markup lit cannot hydrate (another dataset's, here hand-written) is replaced by the
// widget's own render, keeping the server's styles, with no error. Real server
// output, hydrated: e2e/ssr.mjs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { installTakeOver } from '../src/base/take-over.js';
import '../src/stat-card.js';
import type { TipElement } from '../src/base/tip-element.js';
import { part, text } from './helpers.js';

describe('take-over of a server-rendered shadow root (hydrate support)', () => {
  before(() => installTakeOver());

  it('renders afresh over markup lit cannot hydrate, keeping the server styles, without an error', async () => {
    const host = document.createElement('div');
    host.setHTMLUnsafe(
      '<tip-stat-card metric="convictions"><template shadowrootmode="open"><style>p { margin: 0 }</style><!--lit-part server--><div part="base"><p>Server figure</p></div><!--/lit-part--></template><p>Fallback text</p></tip-stat-card>',
    );
    const el = host.firstElementChild as TipElement;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      document.body.append(host);
      await el.loadComplete;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      host.remove();
    }
    expect(errors, 'errors').to.deep.equal([]);
    expect(el.hasUpdated).to.equal(true);
    expect(text(el)).to.not.contain('Server figure');
    expect(part(el, 'value')?.textContent).to.contain('21');
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length, 'one copy').to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('style').length, "the server's style stays (lit adopted none)").to.equal(1);
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(0);
  });
});
