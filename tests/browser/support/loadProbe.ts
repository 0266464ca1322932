// Shared by the load-order browser test and the bench (bench/browserTimes.ts): a script run
// in the page before its own scripts that records, from inside the page, the moments Excel
// cares about. Results in window.__bench:
//   registered (ms), registeredScripts (the page's scripts up to the one that associated the
//   last function), fetchedAtRegistration, renderedBeforeRegistration;
//   skeleton (ms); firstRender (ms: #root first holds something other than the skeleton),
//   firstRenderScripts (script URLs fetched by then).
/**
 * Runs in the page before its scripts. Records when the expected number of custom
 * functions has been associated (wrapping the stub's CustomFunctions as it is assigned)
 * and which scripts had run by then (the page's scripts up to the one associating);
 * when #root first shows the skeleton; and when #root first holds React's output
 * (anything but the skeleton), with the scripts fetched by then.
 */
export const probe = (expected: number): string => `(() => {
  const marks = (window.__bench = {});
  const fetchedScripts = () => performance.getEntriesByType('resource')
    .filter((e) => e.initiatorType === 'script' || /\\.js([?#]|$)/.test(e.name)).map((e) => e.name);
  let cf;
  Object.defineProperty(window, 'CustomFunctions', {
    configurable: true,
    get: () => cf,
    set: (value) => {
      const associate = value.associate;
      value.associate = function () {
        const r = associate.apply(this, arguments);
        if (marks.registered === undefined && (window.__registered || []).length >= ${expected}) {
          marks.registered = performance.now();
          const scripts = [...document.scripts];
          const current = document.currentScript;
          const upTo = current ? scripts.indexOf(current) : scripts.length - 1;
          marks.registeredScripts = scripts.slice(0, upTo + 1).map((s) => s.src).filter(Boolean);
          const root = document.getElementById('root');
          marks.renderedBeforeRegistration = !!(root && [...root.children].some((c) => !c.hasAttribute('data-skeleton')));
          marks.fetchedAtRegistration = fetchedScripts();
        }
        return r;
      };
      cf = value;
    },
  });
  const seen = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root) return;
    if (marks.skeleton === undefined && root.querySelector('[data-skeleton]')) marks.skeleton = performance.now();
    if ([...root.children].some((c) => !c.hasAttribute('data-skeleton'))) {
      marks.firstRender = performance.now();
      marks.firstRenderScripts = fetchedScripts();
      seen.disconnect();
    }
  });
  seen.observe(document, { childList: true, subtree: true });
})();`;
