/**
 * The placeholder the pane shows while React, Fluent UI and the pane's code load: grey
 * bars where the title and the action cards will be. Plain DOM, no framework, so it
 * costs the bootstrap a few hundred bytes. It sits inside #root: React's first commit
 * replaces it (createRoot clears its container). Styles go through CSSOM on an empty
 * <style>, which the CSP allows (the hash of the empty string), as Griffel does.
 */
const RULES = [
  '[data-skeleton]{padding:16px;display:flex;flex-direction:column;gap:12px;font-family:"Segoe UI",system-ui,sans-serif}',
  '[data-skeleton] .sk{border-radius:4px;background:rgba(128,128,128,.18);animation:sk-pulse 1.2s ease-in-out infinite alternate}',
  '[data-skeleton] .sk-title{height:28px;width:60%}',
  '[data-skeleton] .sk-line{height:12px;width:85%}',
  '[data-skeleton] .sk-card{height:96px;width:100%}',
  '@keyframes sk-pulse{from{opacity:.55}to{opacity:1}}',
  '@media (prefers-reduced-motion:reduce){[data-skeleton] .sk{animation:none}}',
];

const BLOCKS = ['sk-title', 'sk-line', 'sk-card', 'sk-card', 'sk-card'];

export function showSkeleton(container: HTMLElement, doc: Document = document): void {
  if (container.firstChild) return;
  const style = doc.createElement('style');
  doc.head.append(style);
  for (const rule of RULES) style.sheet?.insertRule(rule, style.sheet.cssRules.length);
  const skeleton = doc.createElement('div');
  skeleton.setAttribute('data-skeleton', '');
  skeleton.setAttribute('aria-busy', 'true');
  skeleton.setAttribute('role', 'progressbar');
  skeleton.setAttribute('aria-label', doc.documentElement.lang === 'en' ? 'Loading' : 'Laden');
  for (const block of BLOCKS) {
    const bar = doc.createElement('div');
    bar.className = `sk ${block}`;
    skeleton.append(bar);
  }
  container.append(skeleton);
}

/** A one-line message in place of the skeleton when the pane's code itself cannot load. */
export function showLoadFailure(container: HTMLElement, error: unknown, doc: Document = document): void {
  const line = doc.createElement('p');
  line.setAttribute('role', 'alert');
  line.textContent = `Het venster kon niet laden / The pane could not load: ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(line);
}
