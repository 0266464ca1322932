import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_VERSION } from '../../src/taskpane/version';

test('the version written into .xlsx properties is the package version', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
  expect(ADDIN_VERSION).toBe(pkg.version);
});
