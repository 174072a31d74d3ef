// The targets of issue 13, each checked against the medians of this run:
// the figure chat-blocks reached, the same figure for deep-chat and the
// naive baseline where it exists, and PASS or FAIL. A target whose
// workloads were not run (BENCH_ONLY) shows as "not run".
import {formatNumber, table} from './stats.js';

const kb = (bytes) => `${formatNumber(bytes / 1024, 1)} KB`;
const ms = (value) => `${formatNumber(value, 1)} ms`;

/** The median of `key` for `impl` in workload `name`, or undefined when it did not run. */
function figure(results, name, impl, key) {
  const value = results[name]?.[impl]?.median[key];
  return Number.isFinite(value) ? value : undefined;
}

/** True when every run of chat-blocks in workload `name` had `key` equal to `value`. */
function everyRun(results, name, key, value) {
  const samples = results[name]?.['chat-blocks']?.samples;
  return samples?.length ? samples.every((sample) => sample[key] === value) : undefined;
}

/**
 * Each target as `{target, chatBlocks, deepChat, baseline, pass}`: the
 * figures as text, `pass` true, false, or undefined when not measured.
 */
export function evaluateTargets(results, pages, peers) {
  const page = (prefix) => pages.find((row) => row.page.startsWith(prefix));
  const targets = [];
  const add = (target, pass, chatBlocks, deepChat = '', baseline = '') =>
    targets.push({target, chatBlocks: chatBlocks ?? 'not run', deepChat, baseline, pass: chatBlocks === undefined ? undefined : pass});

  for (const [prefix, limitKb, label] of [
    ['empty widget', 30, 'size: page with the empty widget ≤ 30 KB gzip'],
    ['first plain-markdown reply', 50, 'size: page with a first plain-markdown reply ≤ 50 KB gzip'],
  ]) {
    const row = page(prefix);
    add(label, row ? row.gzipBytes <= limitKb * 1024 : undefined, row && kb(row.gzipBytes), kb(peers['deep-chat']), kb(peers.baseline));
  }

  // Stream and one-shot compare like with like: the measured stream and the one-shot both run on code
  // loaded and compiled by the page's first stream; that first stream compares with a first one-shot,
  // on a fresh page (bench/pages/stream.js). The target holds when both ratios do.
  const stream = (impl, key) => figure(results, 'stream-100k', impl, key);
  const coldOnce = figure(results, 'stream-100k-once', 'chat-blocks', 'oneShotMs');
  const coldWall = stream('chat-blocks', 'coldWallMs');
  const coldRatio = coldOnce === undefined || coldWall === undefined ? undefined : coldWall / coldOnce;
  const streamRatio = stream('chat-blocks', 'streamOverOneShot');
  const ratioText = (impl) => {
    const ratio = stream(impl, 'streamOverOneShot');
    return ratio === undefined ? '' : `${formatNumber(ratio, 2)}× (${ms(stream(impl, 'wallMs'))} / ${ms(stream(impl, 'oneShotMs'))})`;
  };
  add(
    'stream 100 KB in 5000 chunks: wall time ≤ 2× rendering it once (warm and cold)',
    streamRatio <= 2 && coldRatio <= 2,
    streamRatio === undefined || coldRatio === undefined
      ? undefined
      : `${ratioText('chat-blocks')}; first stream of a page ${formatNumber(coldRatio, 2)}× (${ms(coldWall)} / ${ms(coldOnce)} once on a fresh page)`,
    ratioText('deep-chat'),
    ratioText('baseline'),
  );
  const frames = (impl, prefix = '') => {
    const over = stream(impl, prefix ? `${prefix}FramesOver50Ms` : 'framesOver50Ms');
    const longest = stream(impl, prefix ? `${prefix}MaxFrameGapMs` : 'maxFrameGapMs');
    return over === undefined ? '' : `${formatNumber(over, 0)} (longest ${ms(longest)})`;
  };
  const slowFrames = stream('chat-blocks', 'framesOver50Ms');
  const coldSlowFrames = stream('chat-blocks', 'coldFramesOver50Ms');
  add(
    'stream: no frame longer than 50 ms (both streams)',
    slowFrames === 0 && coldSlowFrames === 0,
    slowFrames === undefined || coldSlowFrames === undefined
      ? undefined
      : `${frames('chat-blocks')}; first stream ${frames('chat-blocks', 'cold')}`,
    frames('deep-chat'),
    frames('baseline'),
  );
  const sameDom = everyRun(results, 'stream-100k', 'sameDom', 1);
  add('stream: final DOM identical to the one-shot render', sameDom, sameDom === undefined ? undefined : sameDom ? 'identical' : 'differs');

  const full = figure(results, 'history-10k', 'chat-blocks', 'newestMs');
  const visible = figure(results, 'history-visible', 'chat-blocks', 'newestMs');
  const newest = (impl) => {
    const value = figure(results, 'history-10k', impl, 'newestMs');
    return value === undefined ? '' : ms(value);
  };
  add(
    '10,000 messages: newest visible ≤ 2× rendering only the visible ones',
    full <= 2 * visible,
    full === undefined || visible === undefined
      ? undefined
      : `${ms(full)} (visible only: ${ms(visible)}, ${formatNumber(full / visible, 2)}×)`,
    newest('deep-chat'),
    newest('baseline'),
  );

  for (const [name, count] of [
    ['history', '1,000'],
    ['history-10k', '10,000'],
  ]) {
    const append = (impl) => {
      const value = figure(results, name, impl, 'appendMs');
      return value === undefined ? '' : ms(value);
    };
    const value = figure(results, name, 'chat-blocks', 'appendMs');
    add(
      `append one message at ${count} ≤ 16 ms`,
      value <= 16,
      value === undefined ? undefined : append('chat-blocks'),
      append('deep-chat'),
      append('baseline'),
    );
  }

  // The heap a history retains is V8's and Blink's: DOM nodes, styles and layout objects are Blink's, not JS objects.
  // Each contender's JS part is shown beside its total: a bare render keeps almost no JS per message.
  for (const [key, label, part] of [
    [
      'retainedPerMessageKb',
      "retained heap per message (JS + Blink's) ≤ 1.2× a bare marked + DOMPurify render (1,000)",
      'heapPerMessageKb',
    ],
    ['elementsPerMessage', 'elements per message ≤ 1.2× a bare marked + DOMPurify render (1,000)'],
  ]) {
    const of = (impl, name = key) => figure(results, 'history', impl, name);
    const ours = of('chat-blocks');
    const bare = of('baseline');
    // chat-blocks' figures carry their ratio to the baseline's.
    const withRatio = (impl, name) => {
      const value = of(impl, name);
      const bareValue = of('baseline', name);
      const ratio = impl === 'chat-blocks' && bareValue !== undefined ? ` (${formatNumber(value / bareValue, 2)}×)` : '';
      return `${formatNumber(value, 1)}${ratio}`;
    };
    const text = (impl) => {
      if (of(impl) === undefined) return '';
      const js = part && of(impl, part) !== undefined ? `; JS ${withRatio(impl, part)}` : '';
      return `${withRatio(impl, key)}${js}`;
    };
    add(
      label,
      ours <= 1.2 * bare,
      ours === undefined || bare === undefined ? undefined : text('chat-blocks'),
      text('deep-chat'),
      text('baseline'),
    );
  }
  return targets;
}

export function printTargets(targets) {
  const verdict = (pass) => (pass === undefined ? 'not run' : pass ? 'PASS' : 'FAIL');
  console.log(
    table(
      ['target', 'chat-blocks', 'deep-chat', 'baseline', 'result'],
      targets.map(({target, chatBlocks, deepChat, baseline, pass}) => [target, chatBlocks, deepChat, baseline, verdict(pass)]),
    ),
  );
  const measured = targets.filter((target) => target.pass !== undefined);
  console.log(`${measured.filter((target) => target.pass).length} of ${measured.length} measured targets pass`);
}
