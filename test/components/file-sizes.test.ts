import {expect, fixture, html} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import type {ChatAdapter} from '../../src/core/types.js';
import '../../src/index.js';
import {chooseFiles, part, parts, until} from '../support/index.js';

describe('file sizes', () => {
  it('a 1,500,000-byte file reads "1.5 MB" while attached and once sent (one SI format)', async () => {
    const answer: ChatAdapter = async () => 'Received.';
    const chat = await fixture<ChatBlocks>(html`<chat-blocks upload-endpoint="/api/uploads/filedata" .adapter=${answer}></chat-blocks>`);
    const file = new File([new Uint8Array(1_500_000)], 'data.bin', {type: 'application/octet-stream'});
    await chooseFiles(chat, [file]);
    const preview = () => part(chat, 'file-preview');
    await until(() => preview() !== null && part(chat, 'upload-progress') === null, 'the file is attached and uploaded');
    expect(preview()!.textContent).to.contain('data.bin').and.contain('1.5 MB');

    part<HTMLButtonElement>(chat, 'submit-button')!.click();
    await until(() => chat.status === 'idle' && chat.messages.length === 2, 'sent and answered');
    // The message views load with the first message.
    await until(() => parts(chat, 'message-user').length > 0, 'the sent file is shown');
    const sent = parts(chat, 'message-user')[0]!;
    await until(() => sent.textContent?.includes('1.5 MB') === true, `the sent file shows its size (${sent.textContent?.trim()})`);
    expect(sent.textContent).to.not.contain('1.4 MB');
  });
});
