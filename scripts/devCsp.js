// The development Content-Security-Policy (issue 16 item 6): `npm start` serves the pages with
// the production policy plus the dev server's live-reload socket in connect-src. The templates
// keep the production policy; only the dev build's HTML is rewritten, so production is byte for
// byte what the templates say. 'self' covers a same-origin wss: socket in CSP Level 3 browsers
// (Chromium/WebView2), but not every webview Office uses (older Safari/WKWebView on Mac), so
// the socket's origins are named explicitly.
"use strict";

/** connect-src additions for the dev server on `port`: the page may be opened as localhost or 127.0.0.1. */
const devSocketSources = (port) => [`wss://localhost:${port}`, `wss://127.0.0.1:${port}`];

/** Adds the dev server's socket to connect-src of every CSP meta element in `html`. */
function withDevSocket(html, port) {
  let changed = 0;
  const out = html.replace(/(<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content=")([^"]*)(")/gi, (_m, head, policy, tail) => {
    changed++;
    const directives = policy
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean);
    const i = directives.findIndex((d) => d.split(/\s+/)[0] === "connect-src");
    const extra = devSocketSources(port).join(" ");
    if (i >= 0) directives[i] = `${directives[i]} ${extra}`;
    else directives.push(`connect-src 'self' ${extra}`);
    return `${head}${directives.join("; ")}${tail}`;
  });
  if (changed === 0) throw new Error("devCsp: no Content-Security-Policy meta element to extend");
  return out;
}

/** Webpack plugin: applies withDevSocket to every page html-webpack-plugin emits. */
class DevCspPlugin {
  constructor(port) {
    this.port = port;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.compilation.tap("DevCspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("DevCspPlugin", (data) => {
        data.html = withDevSocket(data.html, this.port);
        return data;
      });
    });
  }
}

module.exports = { DevCspPlugin, withDevSocket, devSocketSources };
