/**
 * Marks the widget's own controls inside a message (a code block's copy
 * button, an image placeholder's button): not part of its text when
 * copied. Apart from visible-text.ts, which reads it, so the controls that
 * set it do not bring the copy code with them: that loads on the first copy.
 */
export const copySkipAttribute = 'data-copy-skip';
