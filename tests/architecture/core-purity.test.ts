// src/core must stay pure (no Office, React, DOM or Node) so it runs unchanged in Excel,
// in Node tools and in tests. ESLint says the same, but lint can be skipped or disabled
// per line; this test cannot. Mirrors the lists in eslint.config.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const CORE = path.resolve(__dirname, '../../src/core');

const FORBIDDEN_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'Office',
  'Excel',
  'CustomFunctions',
  'OfficeRuntime',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
]);

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** Returns why `specifier` may not be imported from core, or undefined if it may. */
function forbiddenImport(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) return 'Node builtin';
  if (/^(react|react-dom)(\/|$)/.test(specifier)) return 'React';
  if (specifier.startsWith('@fluentui/')) return 'Fluent UI';
  if (/^(office-js|@microsoft\/office-js|office-addin-)/.test(specifier)) return 'Office';
  if (/^exceljs(\/|$)/.test(specifier)) return 'exceljs (an adapter, not core)';
  if (/^(hyperformula|playwright-core|fast-check|jest)(\/|$)/.test(specifier)) return 'dev-only package';
  return undefined;
}

interface Violation {
  file: string;
  line: number;
  what: string;
}

/** Finds forbidden imports and references to forbidden globals in one source text. */
function checkSource(file: string, text: string): Violation[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Violation[] = [];
  const at = (node: ts.Node, what: string) => out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });

  const checkSpecifier = (node: ts.Node, spec: string) => {
    const why = forbiddenImport(spec);
    if (why) at(node, `imports "${spec}" (${why})`);
    // Imports point from host layers to core only, so relative paths must stay inside core.
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (target !== CORE && !target.startsWith(CORE + path.sep)) at(node, `imports "${spec}" from outside src/core`);
    }
  };

  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      checkSpecifier(node, node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) checkSpecifier(node, arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkSpecifier(node, node.argument.literal.text);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && isFreeReference(node)) {
      at(node, `uses global ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** True unless the identifier is a property name, member name or declared name (obj.window, { fetch: 1 }). */
function isFreeReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false;
  return true;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('src/core purity', () => {
  it('detects the violations it is meant to catch', () => {
    const bad = [
      'import React from "react";',
      'import { readFileSync } from "fs";',
      'import type { Workbook } from "exceljs";',
      'export * from "@fluentui/react-components";',
      'import x from "../../taskpane/App";',
      'const r: Excel.Range | undefined = undefined;',
      'window.alert(1);',
      "void fetch('x');",
    ].join('\n');
    const found = checkSource(path.join(CORE, 'ind', 'example.ts'), bad).map((v) => v.line);
    expect(found).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const fine = 'import { price } from "./price";\nconst o = { window: 1, fetch: 2 };\nexport const n = o.window + o.fetch;';
    expect(checkSource(path.join(CORE, 'ind', 'example.ts'), fine)).toEqual([]);
  });

  it('has no forbidden imports or globals in any src/core file', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(0); // an empty or moved core must not pass silently
    const violations = files.flatMap((f) => checkSource(f, readFileSync(f, 'utf8')));
    const report = violations.map((v) => `${path.relative(process.cwd(), v.file)}:${v.line} ${v.what}`);
    expect(report).toEqual([]);
  });
});
