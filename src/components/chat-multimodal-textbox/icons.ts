/**
 * The textbox's icons, as SVG templates (no icon font, nothing fetched).
 * They are decorative: every button carries its own label.
 */
import {svg} from 'lit';

const icon = (paths: ReturnType<typeof svg>) => svg`<svg
  viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;

export const sendIcon = icon(svg`<path d="M12 19V5"/><path d="m5 12 7-7 7 7"/>`);
export const stopIcon = icon(svg`<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>`);
export const attachIcon = icon(
  svg`<path d="m21.4 11.1-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5"/>`,
);
export const micIcon = icon(svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 10a7 7 0 0 0 14 0"/><path d="M12 17v5"/>`);
export const removeIcon = icon(svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`);
export const retryIcon = icon(svg`<path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5"/>`);
export const fileIcon = icon(svg`<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6"/>`);
