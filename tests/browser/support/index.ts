// Browser-test helpers; see useAddinHarness for the usual entry point.
export { useAddinHarness, DIST_DIR, type AddinHarness, type OpenedPage, type OpenOptions } from './harness';
export { serveDir, type StaticServer } from './server';
export { launchChromium, CHROMIUM_PATH, CHROMIUM_ARGS } from './browser';
export { stubOfficeJs, OFFICE_JS_URL, type OfficeStubConfig } from './office';
