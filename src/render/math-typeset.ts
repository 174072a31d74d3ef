/**
 * Typesets the formulas of a long text that waited to be on screen (their
 * source, marked `math-pending`: see math.ts), a time budget at a time: a
 * group of 256 formulas typeset and laid out in one task would be a long one.
 */
import {mathReady, pendingFormula, pendingMathClass, renderMath} from './math.js';
import {sanitizeParts} from './sanitize.js';

/** Formulas typeset and sanitized together between two looks at the clock. */
const formulasPerBatch = 16;

/** True when `root` holds formulas waiting to be typeset. */
export function hasPendingMath(root: ParentNode): boolean {
  return root.querySelector(`.${pendingMathClass}`) !== null;
}

/**
 * Typesets the pending formulas in `root` until `deadline` (a
 * `performance.now()` time), at least one batch: `done`, or `more` left for
 * a later call, or `loading` while KaTeX loads (it notifies the plugin
 * listeners when it is there).
 */
export function typesetPendingMath(root: ParentNode, deadline: number): 'done' | 'more' | 'loading' {
  if (!hasPendingMath(root)) return 'done';
  if (!mathReady()) return 'loading';
  const pending = [...root.querySelectorAll(`.${pendingMathClass}`)];
  for (let first = 0; first < pending.length; first += formulasPerBatch) {
    if (first > 0 && performance.now() > deadline) return 'more';
    const batch = pending.slice(first, first + formulasPerBatch);
    const html = batch.map((element) => {
      const {tex, display} = pendingFormula(element);
      return renderMath(tex, display);
    });
    const fragments = sanitizeParts(html);
    batch.forEach((element, index) => element.replaceWith(fragments[index]!));
  }
  return 'done';
}
