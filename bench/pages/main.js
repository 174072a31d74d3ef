// Entry of the bench page: `?workload=stream|history&impl=chat-blocks|baseline`
// (+ workload options). Sets `window.bench = {ready, run}` for bench/run.js:
// `ready` resolves when the contender is loaded and mounted, `run()` performs
// one measured run and resolves to its metrics.
const params = new URLSearchParams(location.search);
const workloads = {
  stream: () => import('./stream.js'),
  history: () => import('./history.js'),
  scaling: () => import('./scaling.js'),
  hostile: () => import('./hostile.js'),
};

const load = workloads[params.get('workload')];
const ready = load
  ? load().then((workload) => workload.setup(params.get('impl'), params, document.querySelector('main')))
  : Promise.reject(new Error(`unknown workload ${params.get('workload')}`));

window.bench = {
  ready: ready.then(() => true),
  run: () => ready.then((run) => run()),
};
