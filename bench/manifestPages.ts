// The pages Excel loads, read from the built manifest as Excel reads it (issue 15 item 3):
//  - the custom-functions page: <ExtensionPoint xsi:type="CustomFunctions"> <Page> (shared runtime)
//  - the task pane: <Action xsi:type="ShowTaskpane"> <SourceLocation>
//  - the script Excel names for a non-shared (JavaScript-only) runtime: <Script> (not loaded with SharedRuntime)
// Each resid is resolved through <bt:Urls>; the URL's path is the file in the build.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestPages {
  /** File Excel loads to register the custom functions (the shared runtime's page). */
  readonly functionsPage: string;
  /** File Excel shows in the task pane. */
  readonly panePage: string;
  /** <Script> of the CustomFunctions extension point: used by Excel only without a shared runtime. */
  readonly functionsScript: string;
  readonly sharedRuntime: boolean;
}

function between(xml: string, open: RegExp, close: string): string {
  const start = open.exec(xml);
  if (!start) throw new Error(`manifest: ${open.source} not found`);
  const end = xml.indexOf(close, start.index);
  if (end < 0) throw new Error(`manifest: ${close} not found after ${open.source}`);
  return xml.slice(start.index, end);
}

const resid = (fragment: string, what: string): string => {
  const m = /<SourceLocation\s+resid="([^"]+)"/.exec(fragment);
  if (!m) throw new Error(`manifest: no SourceLocation resid in ${what}`);
  return m[1]!;
};

export function manifestPages(manifestXml: string): ManifestPages {
  const xml = manifestXml.replace(/<!--[\s\S]*?-->/g, '');
  const urls = new Map([...xml.matchAll(/<bt:Url\s+id="([^"]+)"\s+DefaultValue="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const file = (id: string): string => {
    const url = urls.get(id);
    if (!url) throw new Error(`manifest: resid ${id} has no bt:Url`);
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  };
  const functionsPoint = between(xml, /<ExtensionPoint\s+xsi:type="CustomFunctions">/, '</ExtensionPoint>');
  const page = between(functionsPoint, /<Page>/, '</Page>');
  const script = between(functionsPoint, /<Script>/, '</Script>');
  const showPane = between(xml, /<Action\s+xsi:type="ShowTaskpane">/, '</Action>');
  return {
    functionsPage: file(resid(page, 'CustomFunctions <Page>')),
    panePage: file(resid(showPane, 'ShowTaskpane')),
    functionsScript: file(resid(script, 'CustomFunctions <Script>')),
    sharedRuntime: /<Set\s+Name="SharedRuntime"/.test(xml) && /<Runtime\s+resid=/.test(xml),
  };
}

export const manifestPagesIn = (dir: string): ManifestPages => manifestPages(readFileSync(path.join(dir, 'manifest.xml'), 'utf8'));
