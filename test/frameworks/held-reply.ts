// One exchange through a framework page's <chat-blocks>, against the echo
// backend with a held reply (test/server/routes/frameworks.js): the user
// types and presses Enter, the reply is seen mid-stream, then let finish.
import {sendKeys} from '@web/test-runner-commands';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import {part, renderedTexts, until} from '../support/index.js';

/** Sends `text` by keyboard, waits until the reply streams with its first word `firstWord`, then releases it. */
export async function sendAndRelease(chat: ChatBlocks, tag: string, text: string, firstWord: string): Promise<void> {
  await chat.updateComplete;
  part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
  await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
  await until(() => chat.status === 'streaming' && renderedTexts(chat).join('|') === `${text}|${firstWord}`, 'the reply is streaming');
  await fetch(`/api/frameworks/release?tag=${tag}`);
}
