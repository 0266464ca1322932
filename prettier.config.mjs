// Chosen to match the code as it was written, so that `prettier --write .` changes as few lines as possible.
// printWidth 240: the code is written wide (99 % of TypeScript lines ≤ 195 characters, 99.6 % ≤ 240, the longest 514).
// Measured over the repository, 200 touches the fewest existing lines and ≥ 270 gives the smallest diff; 240 sits between.
// The TypeScript is single-quoted; the plain JavaScript configs and browser scripts are double-quoted, and stay so.
// The rest are Prettier's defaults, which the code already follows: semicolons, trailing commas, (x) => arrows.
/** @type {import("prettier").Config} */
export default {
  printWidth: 240,
  singleQuote: true,
  semi: true,
  trailingComma: "all",
  arrowParens: "always",
  overrides: [{ files: ["*.js", "*.mjs", "*.cjs"], options: { singleQuote: false } }],
};
