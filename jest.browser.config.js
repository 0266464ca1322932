// Browser tests (npm run test:browser): Playwright + system Chromium against the built dist/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node", // Jest drives the browser from Node; the page has the real DOM
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60_000, // a cold Chromium start on a 2-core CI box takes seconds
  maxWorkers: 1, // one Chromium at a time; parallel browsers on 2 cores only slow each other
};
