/**
 * The recording indicator under the textbox: the time recorded so far and
 * a level meter. It loads with the microphone (`attaching.ts`).
 */
import {html, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {formatString, type ChatStrings} from '../../strings.js';
import type {Microphone} from './microphone.js';

/** `m:ss` */
const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

export function renderRecording(microphone: Microphone, strings: ChatStrings): TemplateResult {
  return html`<div part="recording" class="recording">
    <span class="dot" aria-hidden="true"></span>
    <span>${formatString(strings.recording, {time: clock(microphone.elapsed)})}</span>
    <span class="level" aria-hidden="true"><span style=${styleMap({transform: `scaleX(${microphone.level.toFixed(3)})`})}></span></span>
  </div>`;
}
