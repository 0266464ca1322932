// Two entry pages built from one config:
//   taskpane.html  = the shared runtime (manifest <Runtime>/<Page>): pane UI + custom functions
//   functions.html = custom functions only, so tests (and a non-shared runtime) get them
//                    without React/Fluent.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// TypeScript build step from src/functions/help (loaded through tsx): flags functions.json
// for error inputs, moves help URLs to AENM_ORIGIN (default the dev server), emits dist/help/*.html.
const { HelpPagesPlugin } = require("tsx/cjs/api").require("./src/functions/help/helpPagesPlugin.ts", __filename);

const DEV_PORT = 3000;
/** Origins Office runs add-ins from (Excel on the web and the desktop webviews' hosts). */
const OFFICE_ORIGIN = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft)$/;

module.exports = (_env, argv) => {
  const dev = argv.mode === "development";
  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    // No source maps in production: they would publish the whole source beside the bundles
    // (issue 12). No eval-* devtool in development: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
      // One webpack runtime per page: taskpane.html loads two entries, and separate
      // runtimes would give each its own copy of every shared module (and its state).
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Named so the browser smoke test can assert functions.html never loads it.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|use-sync-external-store)[\\/]/,
            name: "ui-vendor",
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
      new HelpPagesPlugin({ metadataFile: "functions.json", origin: process.env.AENM_ORIGIN }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: Excel runs the custom functions inside the pane's page. Functions'
        // scripts first (manual order), so they register before React/Fluent is even parsed.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        hash: true, // ?<build hash> on script URLs: the only cache-buster functions.js gets
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
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
      client: { overlay: { warnings: false } },
      onListening: () => {
        console.log(`\nStandalone task pane: https://localhost:${DEV_PORT}/taskpane.html`);
        console.log(`Manifest to sideload: https://localhost:${DEV_PORT}/manifest.xml\n`);
      },
    },
  };
};
module.exports.OFFICE_ORIGIN = OFFICE_ORIGIN;
