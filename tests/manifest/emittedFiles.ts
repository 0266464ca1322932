// The files `webpack --mode production` emits, derived offline from webpack.config.js
// itself (HtmlWebpackPlugin/CopyWebpackPlugin options, the fixed functions.js name, the
// metadata file) and from the @customfunction tags the help pages are made from.
// The config is loaded in a plain Node child: it requires TypeScript through tsx, which
// does not mix with Jest's module loader.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const READ_CONFIG = `
const fs = require("node:fs"), path = require("node:path");
const list = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? list(path.join(dir, e.name)).map((f) => e.name + "/" + f) : [e.name]);
const config = require(path.resolve("webpack.config.js"))({}, { mode: "production" });
const files = [config.output.filename({ chunk: { name: "functions" } }).replace("[name]", "functions")];
for (const plugin of config.plugins) {
  if (plugin.userOptions && plugin.userOptions.filename) files.push(plugin.userOptions.filename);
  if (plugin.constructor.name === "CustomFunctionsMetadataPlugin") files.push(plugin.options.output);
  for (const p of plugin.patterns || []) {
    const from = path.resolve(p.from), to = p.to || "";
    if (fs.statSync(from).isDirectory()) for (const f of list(from)) files.push(path.posix.join(to, f));
    else files.push(to || path.basename(p.from));
  }
}
process.stdout.write(JSON.stringify(files));
`;

export function emittedFiles(root: string): Set<string> {
  const fromConfig = JSON.parse(execFileSync(process.execPath, ['-e', READ_CONFIG], { cwd: root, encoding: 'utf8' })) as string[];
  const files = new Set(fromConfig);
  const source = readFileSync(path.join(root, 'src/functions/functions.ts'), 'utf8');
  const ids = [...source.matchAll(/@customfunction\s+([A-Z0-9_.]+)/g)].map((m) => m[1]!);
  for (const id of ids) files.add(`help/${id.toLowerCase()}.html`); // HelpPagesPlugin: help/<id>.html
  if (ids.length > 0) files.add('help/index.html');
  return files;
}
