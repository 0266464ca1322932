// Two entry pages built from one config:
//   taskpane.html  = the shared runtime (manifest <Runtime>/<Page>): custom functions first, then the pane
//   functions.html = custom functions only, so tests (and a non-shared runtime) get them
//                    without React/Fluent.
// Load order on taskpane.html (issue 15): functions.js is the page's first script and holds the
// webpack runtime, the core data and every function, so it registers at once; taskpane.js is a
// bootstrap of a few KB (skeleton, Office.onReady) that imports the pane (React, Fluent) as a
// lazy chunk. Sheet builders, the Excel/xlsx writers, ExcelJS, the scenario form (mathjs) and the
// status messages are further lazy chunks, fetched when first needed.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// TypeScript build step from src/functions/help (loaded through tsx): flags functions.json
// for error inputs, moves help URLs to AENM_ORIGIN (default the dev server), emits dist/help/*.html.
const { HelpPagesPlugin } = require("tsx/cjs/api").require("./src/functions/help/helpPagesPlugin.ts", __filename);
const { DevCspPlugin } = require("./scripts/devCsp");
// The production origin and the Office.js source: one setting each (scripts/deployment.js).
const { deployment, manifestFor, officeJsCopyPattern, OfficeJsSourcePlugin } = require("./scripts/deployment");

const DEV_PORT = 3000;
/** Origins Office runs add-ins from (Excel on the web and the desktop webviews' hosts). */
const OFFICE_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft)$/;

/**
 * webpack-dev-server's live-reload client with its options as a query (what the server would
 * inject itself): the socket follows the page's own origin (wss://localhost:3000 when opened as
 * localhost), which the development CSP names (scripts/devCsp.js); build errors show in the
 * overlay, runtime errors never cover the pane (e.g. an Office.js that failed to load: the pane
 * handles that and says so in one line).
 */
function devClientEntry() {
  const query = new URLSearchParams({
    protocol: "auto:",
    hostname: "0.0.0.0",
    port: "0",
    pathname: "/ws",
    logging: "info",
    overlay: JSON.stringify({ errors: true, warnings: false, runtimeErrors: false }),
    reconnect: "10",
    hot: "false",
    "live-reload": "true",
  });
  return `${require.resolve("webpack-dev-server/client/index.js")}?${query}`;
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const deploy = deployment(env ?? {});
  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    // No source maps in production: they would publish the whole source beside the bundles
    // (issue 12). No eval-* devtool in development: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      // npm start: the live-reload client goes into functions.js only (see devClientEntry).
      functions: dev ? [devClientEntry(), "./src/functions/functions.ts"] : "./src/functions/functions.ts",
      // dependOn: the pane reuses the functions' modules (core, edition data) and their runtime,
      // so both share one module instance per page and nothing is loaded twice.
      taskpane: { import: "./src/taskpane/index.ts", dependOn: "functions" },
    },
    output: {
      path: deploy.outDir,
      // Content hashes so Office's aggressive webview cache never serves stale code; only
      // functions.js keeps a fixed name because the manifest's <Script> element names it.
      filename: (data) => (data.chunk?.name === "functions" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Typechecking is `npm run typecheck`; transpileOnly keeps builds fast on 2 cores.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // No separate runtime chunk: with dependOn the runtime lives in functions.js, so the
      // manifest's <Script> (functions.js) is complete on its own and taskpane.html needs
      // no third file before registration.
      runtimeChunk: false,
      splitChunks: {
        // Only lazy chunks are split: the two entry files stay whole (functions.js alone
        // registers every function; taskpane.js is the bootstrap).
        chunks: "async",
        cacheGroups: {
          // React and the Fluent packages every first render needs, in one cacheable chunk.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|use-sync-external-store|stylis|rtl-css-js|@emotion)[\\/]/,
            name: "ui-vendor",
            chunks: (chunk) => chunk.name === "pane",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false }, // sizes are measured and reported explicitly instead
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HelpPagesPlugin({ metadataFile: "functions.json", origin: deploy.origin }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: Excel runs the custom functions inside the pane's page. functions.js
        // first (manual order), so they register before React/Fluent is even fetched.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        inject: false, // the template places the tags (before Office.js)
        hash: true, // ?<build hash> on script URLs: the only cache-buster functions.js gets
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        inject: false,
        hash: true,
      }),
      // npm start only: the pages' CSP also admits the live-reload socket (production unchanged).
      ...(dev ? [new DevCspPlugin(DEV_PORT)] : []),
      // officeJs=self: the pages load dist/office-js/office.js and their CSP names no CDN.
      new OfficeJsSourcePlugin(deploy.officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // Every URL in the manifest on the production origin (the dev server's when none is given).
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString(), deploy.origin) },
          ...(deploy.officeJs === "self" ? [officeJsCopyPattern()] : []),
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: DEV_PORT,
      // webpack-dev-server's self-signed certificate; Office needs https. Trust it (or use
      // office-addin-dev-certs) on the machine that sideloads the manifest.
      server: "https",
      // Excel on the web fetches functions.json cross-origin: allow Office's origins only, never "*".
      headers: (req) => (OFFICE_ORIGIN.test(req.headers.origin ?? "") ? { "Access-Control-Allow-Origin": req.headers.origin, Vary: "Origin" } : { Vary: "Origin" }),
      static: false,
      hot: false,
      liveReload: true,
      // The client is added to the functions entry by hand (devClientEntry): the server's own
      // injection adds it to every entry, which with dependOn fails at run time ("Cannot find
      // module .../webpack-dev-server/client/index.js").
      client: false,
      webSocketServer: "ws",
      onListening: () => {
        console.log(`\nStandalone task pane: https://localhost:${DEV_PORT}/taskpane.html`);
        console.log(`Manifest to sideload: https://localhost:${DEV_PORT}/manifest.xml\n`);
      },
    },
  };
};
module.exports.OFFICE_ORIGIN = OFFICE_ORIGIN;
