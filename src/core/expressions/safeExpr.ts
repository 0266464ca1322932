/** The only expression shapes a driver field may hold: plain data, computed in plain TypeScript. */
export type SafeExpr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'basis' }
  | { readonly kind: 'negate'; readonly arg: SafeExpr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: SafeExpr; readonly right: SafeExpr };

export type BinaryOp = 'add' | 'subtract' | 'multiply' | 'divide' | 'pow';

/** Plain arithmetic over the parsed tree (its depth is bounded by the length cap). */
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
