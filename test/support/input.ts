// Input in tests: typing, keys, files (chosen, dropped, pasted), and what
// the textbox and the upload server made of them.
import {sendKeys} from '@web/test-runner-commands';
import type {ChatMultimodalTextbox} from '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatEventDetails} from '../../src/events.js';
import {deepQuery, part} from './dom.js';

/** The `<textarea>` of a `<chat-multimodal-textbox>`. */
export const textarea = (el: Element) => part<HTMLTextAreaElement>(el, 'textbox')!;

/**
 * Puts files into the hidden file input of the textbox in `el` (the textbox
 * itself or a whole `<chat-blocks>`), as the file chooser does.
 */
export async function chooseFiles(el: Element, files: File[]): Promise<void> {
  const input = deepQuery<HTMLInputElement>(el, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await ((input.getRootNode() as ShadowRoot).host as ChatMultimodalTextbox).updateComplete;
}

/** A real PNG image. */
export async function png(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 4;
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, {type: 'image/png'});
}

/** A text file of `size` bytes. */
export const text = (name: string, size = 5) => new File(['x'.repeat(size)], name, {type: 'text/plain'});

export async function type(el: ChatMultimodalTextbox, value: string): Promise<void> {
  el.focus();
  await sendKeys({type: value});
  await el.updateComplete;
}

/** Shift+Enter on the real keyboard (puppeteer presses no combinations at once). */
export async function shiftEnter(): Promise<void> {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Enter'});
  await sendKeys({up: 'Shift'});
}

export function pressEnter(el: ChatMultimodalTextbox, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...init});
  textarea(el).dispatchEvent(event);
  return event;
}

/** Records the chat events an element fires. */
export function record<K extends keyof ChatEventDetails>(el: EventTarget, name: K): Array<ChatEventDetails[K]> {
  const seen: Array<ChatEventDetails[K]> = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<ChatEventDetails[K]>).detail));
  return seen;
}

/** True when a blob: URL no longer resolves. */
export async function isRevoked(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

/** A DataTransfer carrying files, as a drag or the clipboard would. */
export function transferOf(files: File[] = [], plainText?: string): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  if (plainText !== undefined) transfer.setData('text/plain', plainText);
  return transfer;
}

/** Dispatches a drag event carrying `files` on `target`, as the browser does. */
export function drag(target: EventTarget, type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', files: File[]): DragEvent {
  const event = new DragEvent(type, {dataTransfer: transferOf(files), bubbles: true, composed: true, cancelable: true});
  target.dispatchEvent(event);
  return event;
}

/** Polls the upload test server for what happened to the upload of `key`. */
export async function uploadState(key: string): Promise<string> {
  const body = (await (await fetch(`/api/uploads/status?key=${encodeURIComponent(key)}`)).json()) as {state: string};
  return body.state;
}

/** Types `text` into the textbox of `chat` on the real keyboard and presses Enter. */
export async function typeAndSend(chat: Element, value: string): Promise<void> {
  part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
  await sendKeys({type: value});
  await sendKeys({press: 'Enter'});
}
