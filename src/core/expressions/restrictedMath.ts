import { create, parseDependencies, type FactoryFunctionMap, type MathJsInstance, type MathNode } from 'mathjs';

/**
 * The one mathjs instance driver expressions go through. Two walls:
 * 1. The instance only parses: it is built from parse's own dependencies (not
 *    `all`, which would add ~100 kB gzipped to the pane for functions nobody may
 *    call), and every function that could define, import or evaluate code is
 *    replaced by one that throws, as the mathjs security guide recommends.
 * 2. Nothing parsed is ever compiled or evaluated by mathjs: safeAst.ts accepts a
 *    short whitelist of node types and evaluateSafe() computes them in plain
 *    TypeScript. So even a parser quirk cannot reach a function or a prototype.
 * Made on first use, so importing this module has no side effects (and bundles
 * that never evaluate a driver can drop mathjs).
 */
const DISABLED = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'compile', 'resolve', 'reviver'] as const;

let instance: { math: MathJsInstance; parse: MathJsInstance['parse'] } | undefined;

function restricted(): { math: MathJsInstance; parse: MathJsInstance['parse'] } {
  if (instance) return instance;
  // The typings declare every *Dependencies export as possibly undefined; parse's is always shipped.
  const math = create({ parseDependencies: parseDependencies as FactoryFunctionMap });
  // Kept before the instance's own `parse` is disabled below.
  const parse = math.parse;
  const disabled = (name: string) => () => {
    throw new Error(`mathjs function ${name} is disabled in driver expressions`);
  };
  math.import(Object.fromEntries(DISABLED.map((name) => [name, disabled(name)])), { override: true });
  instance = { math, parse };
  return instance;
}

/** Parses with the restricted instance; throws on syntax errors (callers catch). */
export function parseRestricted(text: string): MathNode {
  return restricted().parse(text);
}

/** For tests: the names the restricted instance refuses. */
export const DISABLED_FUNCTIONS: readonly string[] = DISABLED;

/** For tests: the instance itself, to prove the disabled functions throw. */
export const restrictedInstance = (): MathJsInstance => restricted().math;
