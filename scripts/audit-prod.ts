// Usage: npm run audit:prod
// npm audit over the production dependencies, with a plain verdict: exit 0 no high or
// critical advisories, 1 there are some, 2 the audit could not run (e.g. the registry
// refuses the bulk advisory request with 405: that is not a finding, and says so).
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './auditVerdict';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ran = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const verdict = auditVerdict(ran.stdout ?? '', ran.status);
for (const line of verdict.lines) (verdict.exitCode === 0 ? console.log : console.error)(line);
process.exitCode = verdict.exitCode;
