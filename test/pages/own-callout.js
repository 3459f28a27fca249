// The page's own <tip-hotline-callout>, defined before the CDN bundle runs: the bundle must keep it.
customElements.define(
  'tip-hotline-callout',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).textContent = "The page's own help line.";
    }
  },
);
