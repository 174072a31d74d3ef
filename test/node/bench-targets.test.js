// The bench's verdicts on the heap, element and stream targets (bench/targets.js):
// the heap target compares the heap a history retains, JS and Blink's
// together, and shows each contender's JS part beside it; the stream targets
// hold only when the measured (warm) stream and the page's first stream do.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {evaluateTargets} from '../../bench/targets.js';

/** Medians of the 1,000-message history for the three contenders. */
function history(chatBlocks, deepChat, baseline) {
  const of = (median) => ({median, samples: [median]});
  return {history: {'chat-blocks': of(chatBlocks), 'deep-chat': of(deepChat), baseline: of(baseline)}};
}

const heapRow = (targets) => targets.find(({target}) => target.startsWith('retained heap per message'));
const peers = {'deep-chat': 111_206, baseline: 27_648};

test('the heap target passes on the retained heap, whatever the JS part alone', () => {
  const results = history(
    {heapPerMessageKb: 4.5, retainedPerMessageKb: 12.9, elementsPerMessage: 11.4},
    {heapPerMessageKb: 0.8, retainedPerMessageKb: 24.7, elementsPerMessage: 11.8},
    {heapPerMessageKb: 1.3, retainedPerMessageKb: 21.5, elementsPerMessage: 9.8},
  );
  const row = heapRow(evaluateTargets(results, [], peers));
  assert.equal(row.pass, true);
  assert.equal(row.chatBlocks, '12.9 (0.60×); JS 4.5 (3.46×)');
  assert.equal(row.deepChat, '24.7; JS 0.8');
  assert.equal(row.baseline, '21.5; JS 1.3');
});

test('the heap target fails past 1.2× the baseline, and is not run without the figure', () => {
  const over = history(
    {heapPerMessageKb: 1, retainedPerMessageKb: 26, elementsPerMessage: 9},
    {},
    {heapPerMessageKb: 1, retainedPerMessageKb: 21.5, elementsPerMessage: 9.8},
  );
  assert.equal(heapRow(evaluateTargets(over, [], peers)).pass, false);
  const elements = evaluateTargets(over, [], peers).find(({target}) => target.startsWith('elements per message'));
  assert.equal(elements.pass, true);
  assert.equal(elements.chatBlocks, '9.0 (0.92×)');

  const missing = history({heapPerMessageKb: 1, elementsPerMessage: 9}, {}, {heapPerMessageKb: 1, elementsPerMessage: 9.8});
  const row = heapRow(evaluateTargets(missing, [], peers));
  assert.equal(row.pass, undefined);
  assert.equal(row.chatBlocks, 'not run');
});

/** Medians of the 100 KB stream (warm, with the page's first stream's `cold…` figures) and of the cold one-shot. */
function stream(figures, coldOnceMs) {
  const of = (median) => ({median, samples: [{...median, sameDom: 1}]});
  return {'stream-100k': {'chat-blocks': of(figures)}, 'stream-100k-once': {'chat-blocks': of({oneShotMs: coldOnceMs})}};
}
const row = (targets, start) => targets.find(({target}) => target.startsWith(start));
const warmFigures = {wallMs: 260, oneShotMs: 210, streamOverOneShot: 260 / 210, framesOver50Ms: 0, maxFrameGapMs: 44};

test('the stream target compares like with like, and holds only when the warm and the first stream both do', () => {
  const both = evaluateTargets(stream({...warmFigures, coldWallMs: 600, coldFramesOver50Ms: 0, coldMaxFrameGapMs: 47}, 480), [], peers);
  const ratio = row(both, 'stream 100 KB');
  assert.equal(ratio.pass, true);
  assert.equal(ratio.chatBlocks, '1.24× (260.0 ms / 210.0 ms); first stream of a page 1.25× (600.0 ms / 480.0 ms once on a fresh page)');
  assert.equal(row(both, 'stream: no frame').pass, true);
  assert.equal(row(both, 'stream: no frame').chatBlocks, '0 (longest 44.0 ms); first stream 0 (longest 47.0 ms)');

  // A first stream slower than twice the first one-shot fails the target, however fast the warm one.
  const coldSlow = evaluateTargets(
    stream({...warmFigures, coldWallMs: 1000, coldFramesOver50Ms: 2, coldMaxFrameGapMs: 61}, 480),
    [],
    peers,
  );
  assert.equal(row(coldSlow, 'stream 100 KB').pass, false);
  assert.equal(row(coldSlow, 'stream: no frame').pass, false);
  assert.equal(row(coldSlow, 'stream: no frame').chatBlocks, '0 (longest 44.0 ms); first stream 2 (longest 61.0 ms)');
});

test('the stream targets are not run without the first stream or the cold one-shot', () => {
  const noCold = evaluateTargets({'stream-100k': {'chat-blocks': {median: warmFigures, samples: [warmFigures]}}}, [], peers);
  assert.equal(row(noCold, 'stream 100 KB').pass, undefined);
  assert.equal(row(noCold, 'stream 100 KB').chatBlocks, 'not run');
  assert.equal(row(noCold, 'stream: no frame').pass, undefined);
});
