// Records every Content-Security-Policy violation on the page, for e2e/pages.mjs.
// An external classic script in <head>, so it runs before anything else and needs no 'unsafe-inline'.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI || '(inline)'} ${event.sourceFile || ''}:${event.lineNumber || ''}`);
});
