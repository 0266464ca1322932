export { evaluateDriverExpression, MAX_EXPRESSION_LENGTH, type DriverExpressionContext } from './evaluateDriverExpression';
export { MAX_DEPTH } from './parse';
