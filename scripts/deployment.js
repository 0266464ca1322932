// The build's deployment options (issue 10 items 7 and 9), read once by webpack.config.js:
//
//   origin    where the add-in is served from, e.g. https://begroting.example.gov.nl/aenm/
//             (default: the dev server, https://localhost:3000/). It is the ONE setting behind
//             every absolute URL the build emits: manifest.xml (icons, pages, functions.js/json),
//             the helpUrl of every function in functions.json, and so the help pages' links.
//             The pages themselves use relative URLs and 'self' in their CSP.
//   officeJs  "cdn" (default): Office.js from https://appsforoffice.microsoft.com, Microsoft's
//             supported source. "self": Office.js copied from the @microsoft/office-js package
//             into dist/office-js/ and loaded from the add-in's own origin, for networks whose
//             proxy admits only the Microsoft 365 "Optimize"/"Allow" endpoints (the CDN is in
//             "Default"). The pages' CSP follows: with "self" no external script origin is left.
//   outDir    the output folder (default dist/), so tests can build into a temp folder.
//
// Given as webpack --env flags (npm run build -- --env origin=https://… --env officeJs=self),
// or as the environment variables AENM_ORIGIN, AENM_OFFICE_JS (the flags win).
"use strict";
const path = require("node:path");

const DEV_ORIGIN = "https://localhost:3000/";
const CDN_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
/** Where the self-hosted copy lands in dist/, and the script URL the pages use (relative: same origin). */
const SELF_DIR = "office-js";
const SELF_SCRIPT = `${SELF_DIR}/office.js`;

/** "https://host/aenm" → "https://host/aenm/"; refuses anything but https (Office refuses plain http). */
function normalizeOrigin(raw) {
  const url = new URL(raw); // throws on garbage
  if (url.protocol !== "https:") throw new Error(`origin must be https: ${raw}`);
  if (url.search || url.hash) throw new Error(`origin must not have a query or fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The options from webpack's env object and the process environment. */
function deployment(env = {}, environment = process.env) {
  const origin = normalizeOrigin(env.origin || environment.AENM_ORIGIN || DEV_ORIGIN);
  const officeJs = env.officeJs || environment.AENM_OFFICE_JS || "cdn";
  if (officeJs !== "cdn" && officeJs !== "self") throw new Error(`officeJs must be "cdn" or "self", not ${officeJs}`);
  const outDir = path.resolve(env.outDir || environment.AENM_OUT_DIR || path.join(__dirname, "..", "dist"));
  return { origin, officeJs, outDir };
}

/** manifest.xml for `origin`: every dev-server URL moved there, nothing else changed. */
function manifestFor(xml, origin) {
  if (!xml.includes(DEV_ORIGIN)) throw new Error(`manifest.xml contains no ${DEV_ORIGIN}`);
  return xml.split(DEV_ORIGIN).join(origin);
}

/**
 * A page for the Office.js source: with "self" the CDN script tag points at the copy in
 * dist/office-js/ and the CDN leaves the CSP's script-src. "cdn" leaves the page as the template has it.
 */
function pageFor(html, officeJs) {
  if (officeJs === "cdn") return html;
  if (!html.includes(`src="${CDN_SCRIPT}"`)) throw new Error("page has no Office.js CDN script tag to replace");
  return html
    .split(`src="${CDN_SCRIPT}"`)
    .join(`src="${SELF_SCRIPT}"`)
    .replace(/(<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content=")([^"]*)(")/gi, (_m, head, policy, tail) => {
      const directives = policy
        .split(";")
        .map((d) => d.trim())
        .filter(Boolean);
      const fixed = directives.map((d) =>
        d.split(/\s+/)[0] === "script-src"
          ? d
              .split(/\s+/)
              .filter((s) => s !== CDN_ORIGIN)
              .join(" ")
          : d,
      );
      return `${head}${fixed.join("; ")}${tail}`;
    });
}

/**
 * What of @microsoft/office-js a self-hosted Excel add-in needs: office.js, its host-to-file
 * table, the Excel host files (web, Windows, Mac, iPad) and the custom-functions runtime,
 * each locale's office_strings.js. Left out: debug builds, other Office apps' files, type
 * files, and Microsoft's telemetry folders (no telemetry: README, "Offline and least privilege").
 */
const SELF_HOSTED_IGNORE = ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts", "**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js", "**/outlook_strings.js", "**/telemetry/**", "**/ariatelemetry/**"];

/** CopyWebpackPlugin pattern for the self-hosted Office.js. */
function officeJsCopyPattern() {
  const dist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  return { from: dist, to: SELF_DIR, globOptions: { ignore: SELF_HOSTED_IGNORE } };
}

/** Webpack plugin: applies pageFor to every page html-webpack-plugin emits. */
class OfficeJsSourcePlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }
  apply(compiler) {
    if (this.officeJs === "cdn") return;
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.compilation.tap("OfficeJsSourcePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("OfficeJsSourcePlugin", (data) => {
        data.html = pageFor(data.html, this.officeJs);
        return data;
      });
    });
  }
}

module.exports = { DEV_ORIGIN, CDN_SCRIPT, CDN_ORIGIN, SELF_DIR, SELF_SCRIPT, normalizeOrigin, deployment, manifestFor, pageFor, officeJsCopyPattern, OfficeJsSourcePlugin };
