// The bench's verdicts on the heap and element targets (bench/targets.js):
// the heap target compares the heap a history retains, JS and Blink's
// together, and shows each contender's JS part beside it.
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
