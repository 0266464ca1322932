// Flat config. Type-aware rules are left out on purpose: `npm run typecheck` already runs
// the compiler, and a second full type analysis in lint would double CI time on 2 cores.
import { builtinModules } from "node:module";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith("_"));

// Keep in step with tests/architecture/core-purity.test.ts (which enforces the same in Jest).
const coreForbiddenGlobals = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "Office",
  "Excel",
  "CustomFunctions",
  "OfficeRuntime",
  "process",
  "Buffer",
  "require",
  "__dirname",
  "__filename",
].map((name) => ({ name, message: "src/core is pure: pass what it needs in from an adapter layer." }));

const devOnly = {
  group: ["hyperformula", "hyperformula/*", "fast-check", "playwright-core", "jest", "@jest/*"],
  message: "Dev/test-only package (hyperformula is GPL-3.0 and must never ship).",
};

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test-results/", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Where React is: hooks also live in .ts files there (useActionRunner, useScenarioDraft). Not
    // tests/browser, whose `useAddinHarness` is a Jest fixture named like a hook, not a React hook.
    files: ["src/taskpane/**/*.{ts,tsx}", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, "react-hooks/exhaustive-deps": "error" },
  },
  {
    ...jsxA11y.flatConfigs.recommended,
    files: ["**/*.tsx"],
    // Fluent UI v9 components checked as the native element they render.
    settings: { "jsx-a11y": { components: { Button: "button", Input: "input", Select: "select", Label: "label", Link: "a", Image: "img" } } },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [devOnly] }] },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": ["error", ...coreForbiddenGlobals],
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "No Node builtins in src/core." })),
          patterns: [
            devOnly,
            { group: ["node:*"], message: "No Node builtins in src/core." },
            { group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], message: "No UI in src/core." },
            { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "No Office in src/core." },
            { group: ["exceljs", "exceljs/*"], message: "exceljs belongs in an adapter beside src/excel." },
            {
              group: ["**/taskpane", "**/taskpane/**", "**/functions", "**/functions/**", "**/excel", "**/excel/**", "**/cli", "**/cli/**"],
              message: "Imports point from host layers to core, never back.",
            },
          ],
        },
      ],
    },
  },
);
