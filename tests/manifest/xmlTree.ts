// A namespace-aware XML tree from saxes (already an ExcelJS dependency; declared in
// devDependencies): enough to walk the manifest, no schema validation.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  readonly local: string;
  readonly uri: string;
  /** Attributes by qualified name as written (e.g. "xsi:type"), plus "{uri}local" keys. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
  text: string;
}

/** Parses well-formed XML with namespaces; throws with line and column on any error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      attributes.set(a.name, a.value);
      if (a.uri) attributes.set(`{${a.uri}}${a.local}`, a.value);
    }
    const parent = stack[stack.length - 1] ?? null;
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes, children: [], parent, text: '' };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

export const ancestorsOf = (element: XmlElement): XmlElement[] => {
  const list: XmlElement[] = [];
  for (let p = element.parent; p; p = p.parent) list.push(p);
  return list;
};
