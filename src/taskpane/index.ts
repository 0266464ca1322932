// Entry of the pane: a bootstrap with no React. On taskpane.html it runs after functions.js
// (which has registered every custom function by then). It shows a skeleton, asks Office
// whether Excel is there and fetches the pane (React, Fluent UI) as a lazy chunk, both at
// once; the pane renders when both are in. Nothing of the functions' runtime is awaited.
import { officeReady } from './boot/officeReady';
import { showLoadFailure, showSkeleton } from './boot/skeleton';

function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  showSkeleton(container);
  const pane = import(/* webpackChunkName: "pane" */ './pane');
  Promise.all([pane, officeReady()])
    .then(([module, info]) => module.renderPane(container, info))
    .catch((error: unknown) => showLoadFailure(container, error));
}

start();
