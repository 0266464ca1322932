// Writes bench/results/latest.json and latest.md (the table the README quotes).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StepResult } from './figures';
import type { Machine } from './machine';
import { round } from './stats';

export interface BenchReport {
  readonly date: string;
  readonly machine: Machine;
  /** 1-minute load average when the bench ended (the machine's load at the start is in machine). */
  readonly loadAverageEnd?: number;
  readonly buildMs: number | null;
  /** CPU idle share (all cores, over one second) when the browser steps began, and how long the bench waited for it. */
  readonly quietBeforeBrowser?: { readonly idle: number; readonly waitedMs: number };
  readonly steps: readonly StepResult[];
}

const num = (v: number | null): string => (v === null || Number.isNaN(v) ? '—' : round(v, v >= 100 ? 0 : 2).toLocaleString('en'));
const verdict = (m: boolean | null): string => (m === null ? '—' : m ? 'yes' : '**no**');

export function markdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `Measured ${report.date} on ${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (load average ${m.loadAverage} at start${report.loadAverageEnd === undefined ? '' : `, ${report.loadAverageEnd} at the end`}).`,
    ...(report.quietBeforeBrowser
      ? [`Before the browser steps the bench waited ${Math.round(report.quietBeforeBrowser.waitedMs / 100) / 10} s for the CPUs to be ≥ 90 % idle over a second: ${Math.round(report.quietBeforeBrowser.idle * 1000) / 10} % idle.`]
      : []),
    'Every ratio is against a baseline measured in the same run (`npm run bench`).',
    '',
    '| Step | Measure | Value | Unit | Baseline | Ratio | Target | Met |',
    '|---|---|---:|---|---:|---:|---|---|',
  ];
  for (const step of report.steps) {
    if (step.status !== 'ok') {
      lines.push(`| ${step.step} | not available: ${step.reason ?? ''} | | | | | | |`);
      continue;
    }
    for (const f of step.figures) {
      const ratio = f.ratio === null ? '—' : `${round(f.ratio, 2)}×`;
      lines.push(`| ${step.step} | ${f.measure} | ${num(f.value)} | ${f.unit} | ${num(f.baseline)} (${f.baselineLabel}) | ${ratio} | ${f.target} | ${verdict(f.meetsTarget)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(report: BenchReport, dir = path.join(__dirname, 'results')): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown(report));
  return { json, md };
}
