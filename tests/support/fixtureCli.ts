// The workbook command in-process with the fixture editions (OB2025 and FX2030) passed in as data,
// and a temporary folder per test file (removed afterwards).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OB2025 } from '../../src/core';
import { runWorkbookCommand } from '../../src/cli/workbook/run';
import { FIXTURE_EDITIONS } from '../fixtures/fx2030';

/** Runs the command; every line it prints (out and err), in order. */
export async function runWithFixtureEditions(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runWorkbookCommand(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { addinVersion: 'test', today: '2026-12-01', editions: { editions: FIXTURE_EDITIONS, fallback: OB2025 } });
  return { code, lines };
}

/** A temporary folder for the describe block (or file) it is called in: `dir()` inside the tests. */
export function temporaryFolder(prefix: string): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
