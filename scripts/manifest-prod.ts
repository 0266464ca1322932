// Usage: npm run manifest:prod -- --host https://example.gov.nl/aenm/
// Writes dist/manifest.prod.xml: manifest.xml with the dev origin replaced by --host.
// Only the host changes (same Id, version and paths), so dev and prod cannot drift apart.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const DEV_ORIGIN = "https://localhost:3000/";

function hostArg(argv: readonly string[]): string {
  const i = argv.indexOf("--host");
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--host="))?.slice("--host=".length);
  if (!raw) throw new Error("missing --host, e.g. --host https://example.gov.nl/aenm/");
  const url = new URL(raw); // throws on garbage
  // Office refuses add-ins served over plain http.
  if (url.protocol !== "https:") throw new Error(`--host must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const host = hostArg(process.argv.slice(2));
const xml = readFileSync("manifest.xml", "utf8");
const count = xml.split(DEV_ORIGIN).length - 1;
if (count === 0) throw new Error(`manifest.xml contains no ${DEV_ORIGIN}`);
mkdirSync("dist", { recursive: true });
writeFileSync("dist/manifest.prod.xml", xml.split(DEV_ORIGIN).join(host));
console.log(`dist/manifest.prod.xml: ${count} URLs now on ${host}`);
