// Unit + architecture tests (npm run test:unit). Browser tests need a build and Chromium,
// so they live in jest.browser.config.js and run last in `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node", // React component tests can opt in with a `@jest-environment jsdom` docblock
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/browser/"],
  // isolatedModules in tsconfig makes ts-jest transpile only; `npm run typecheck` typechecks.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
