// Usage: npm run manifest:prod -- --origin https://example.gov.nl/aenm/ [--office-js self]
// The production build for one origin: the same as
//   npm run build -- --env origin=https://example.gov.nl/aenm/ [--env officeJs=self]
// (scripts/deployment.js). The origin drives every absolute URL the build emits — dist/manifest.xml,
// the helpUrls in dist/functions.json and so the help pages — and --office-js self serves Office.js
// from dist/office-js/ with a CSP that names no CDN. --host is accepted for the old spelling.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function arg(argv: readonly string[], ...names: string[]): string | undefined {
  for (const name of names) {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    if (eq) return eq.slice(name.length + 1);
  }
  return undefined;
}

const argv = process.argv.slice(2);
const origin = arg(argv, '--origin', '--host');
if (!origin) throw new Error('missing --origin, e.g. --origin https://example.gov.nl/aenm/');
const officeJs = arg(argv, '--office-js') ?? 'cdn';
const out = arg(argv, '--out');
const webpack = path.join(path.dirname(require.resolve('webpack-cli/package.json')), 'bin', 'cli.js');
const env = ['--env', `origin=${origin}`, '--env', `officeJs=${officeJs}`, ...(out ? ['--env', `outDir=${path.resolve(out)}`] : [])];
const run = spawnSync(process.execPath, [webpack, '--mode', 'production', ...env], { stdio: 'inherit' });
process.exit(run.status ?? 1);
