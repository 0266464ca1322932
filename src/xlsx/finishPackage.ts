import type JSZip from 'jszip';
import { addCharts, type SheetCharts } from './charts/addCharts';
import { addPrintNames, type PrintNames } from './printNames';

/**
 * What ExcelJS 4.4 cannot write, added to the package it wrote: native
 * charts (chart and drawing parts) and the print names. One unzip, one zip.
 */
export async function finishPackage(bytes: Uint8Array, parts: { readonly charts: readonly SheetCharts[]; readonly print: readonly PrintNames[] }): Promise<Uint8Array> {
  if (parts.charts.every((s) => s.charts.length === 0) && parts.print.length === 0) return bytes;
  // jszip comes with ExcelJS; loaded with it, in the same lazy chunk.
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'jszip')) as unknown as { default?: typeof JSZip } & typeof JSZip;
  const JSZipClass = mod.default ?? mod;
  const zip = await JSZipClass.loadAsync(bytes);
  await addCharts(zip, parts.charts);
  await addPrintNames(zip, parts.print);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
