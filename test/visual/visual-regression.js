// Settings of the screenshot suite (test/visual/): where reference images
// live, how much may differ, and how to update them on purpose:
//   UPDATE_SCREENSHOTS=1 npx web-test-runner "test/visual/**/*.test.ts"
// writes new references into test/visual/screenshots/reference/ (commit
// them after looking at them); a failing run leaves the new image and a
// diff in test/visual/screenshots/failed/ (not committed).
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

export function screenshotPlugin() {
  return visualRegressionPlugin({
    update: process.env.UPDATE_SCREENSHOTS === '1',
    baseDir: 'test/visual/screenshots',
    getBaselineName: ({name}) => `reference/${name}`,
    getFailedName: ({name}) => `failed/${name}`,
    getDiffName: ({name}) => `failed/${name}-diff`,
    // A pixel counts as changed past 10% of colour distance (anti-aliasing
    // noise stays under it); a screenshot fails past 0.05% changed pixels (a word moved by a pixel fails it).
    diffOptions: {threshold: 0.1},
    failureThresholdType: 'percent',
    failureThreshold: 0.05,
  });
}
