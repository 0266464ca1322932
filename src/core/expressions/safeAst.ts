import type { MathNode } from 'mathjs';

/** The only expression shapes a driver field may hold. */
export type SafeExpr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'basis' }
  | { readonly kind: 'negate'; readonly arg: SafeExpr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: SafeExpr; readonly right: SafeExpr };

export type BinaryOp = 'add' | 'subtract' | 'multiply' | 'divide' | 'pow';

/** Why a node was refused: a construct key worded in messages.ts, and the offending name. */
export interface Refusal {
  readonly construct: 'function' | 'assignment' | 'symbol' | 'accessor' | 'collection' | 'text' | 'operator' | 'other';
  readonly name: string;
}

const BINARY: ReadonlySet<string> = new Set<BinaryOp>(['add', 'subtract', 'multiply', 'divide', 'pow']);
/** "basis" in Dutch, "base" for English users; case does not matter. */
const BASIS_NAMES: ReadonlySet<string> = new Set(['basis', 'base']);
/** Deep nesting is never a real driver; stopping early keeps recursion bounded. */
export const MAX_DEPTH = 40;

const REFUSED_TYPES: Readonly<Record<string, Refusal['construct']>> = {
  FunctionNode: 'function',
  FunctionAssignmentNode: 'assignment',
  AssignmentNode: 'assignment',
  BlockNode: 'assignment',
  AccessorNode: 'accessor',
  IndexNode: 'accessor',
  ObjectNode: 'collection',
  ArrayNode: 'collection',
  RangeNode: 'collection',
  ConditionalNode: 'operator',
  RelationalNode: 'operator',
};

type Node = MathNode & Record<string, unknown>;

/**
 * Converts a parsed mathjs tree into a SafeExpr, or names the first construct
 * that is not on the whitelist. Works on the tree's data only; calls no node
 * methods, so nothing in the tree is ever executed.
 */
export function toSafeExpr(node: MathNode, depth = 0): SafeExpr | Refusal {
  if (depth > MAX_DEPTH) return { construct: 'other', name: 'nesting' };
  const n = node as Node;
  switch (n.type) {
    case 'ConstantNode':
      return typeof n.value === 'number' ? { kind: 'number', value: n.value } : { construct: 'text', name: String(n.value) };
    case 'SymbolNode': {
      const name = String(n.name);
      return BASIS_NAMES.has(name.toLowerCase()) ? { kind: 'basis' } : { construct: 'symbol', name };
    }
    case 'ParenthesisNode':
      return toSafeExpr(n.content as MathNode, depth + 1);
    case 'OperatorNode':
      return fromOperator(n, depth);
    default:
      return { construct: REFUSED_TYPES[String(n.type)] ?? 'other', name: nodeName(n) };
  }
}

function fromOperator(n: Node, depth: number): SafeExpr | Refusal {
  const fn = String(n.fn);
  const args = (n.args as MathNode[] | undefined) ?? [];
  const [first, second] = args;
  if ((fn === 'unaryMinus' || fn === 'unaryPlus') && args.length === 1 && first) {
    const arg = toSafeExpr(first, depth + 1);
    if (!isSafe(arg)) return arg;
    return fn === 'unaryMinus' ? { kind: 'negate', arg } : arg;
  }
  if (BINARY.has(fn) && args.length === 2 && first && second) {
    const left = toSafeExpr(first, depth + 1);
    if (!isSafe(left)) return left;
    const right = toSafeExpr(second, depth + 1);
    if (!isSafe(right)) return right;
    return { kind: 'binary', op: fn as BinaryOp, left, right };
  }
  return { construct: 'operator', name: String(n.op ?? fn) };
}

function nodeName(n: Node): string {
  const fn = n.fn as { name?: unknown } | undefined;
  if (typeof n.name === 'string') return n.name;
  if (fn && typeof fn.name === 'string') return fn.name;
  return '';
}

export function isSafe(x: SafeExpr | Refusal): x is SafeExpr {
  return 'kind' in x;
}

/** Plain TypeScript arithmetic over the whitelisted tree. */
export function evaluateSafe(expr: SafeExpr, basis: number): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'basis':
      return basis;
    case 'negate':
      return -evaluateSafe(expr.arg, basis);
    case 'binary': {
      const a = evaluateSafe(expr.left, basis);
      const b = evaluateSafe(expr.right, basis);
      switch (expr.op) {
        case 'add':
          return a + b;
        case 'subtract':
          return a - b;
        case 'multiply':
          return a * b;
        case 'divide':
          return a / b;
        case 'pow':
          return Math.pow(a, b);
      }
    }
  }
}
