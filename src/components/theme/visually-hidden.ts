/**
 * The declarations that hide text from the eye but not from screen readers
 * (live regions, labels of icon-only states). A plain string, so the
 * launcher, which has no Lit, shares it with the Lit elements.
 */
export const visuallyHidden = `position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;`;
