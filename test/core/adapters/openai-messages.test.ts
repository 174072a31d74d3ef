import {expect} from '@open-wc/testing';
import {toOpenAIMessages} from '../../../src/core/adapters/openai-messages.js';

describe('toOpenAIMessages', () => {
  it('keeps plain text conversations as string contents', () => {
    expect(
      toOpenAIMessages([
        {role: 'user', content: 'a'},
        {role: 'assistant', content: 'b'},
      ]),
    ).to.deep.equal([
      {role: 'user', content: 'a'},
      {role: 'assistant', content: 'b'},
    ]);
  });

  it('joins consecutive messages of one role', () => {
    expect(
      toOpenAIMessages([
        {role: 'user', content: 'first'},
        {role: 'user', content: 'second'},
        {role: 'assistant', content: 'one'},
        {role: 'assistant', content: 'two'},
      ]),
    ).to.deep.equal([
      {role: 'user', content: 'first\n\nsecond'},
      {role: 'assistant', content: 'one\n\ntwo'},
    ]);
  });

  it('turns user images into image_url parts, with absolute URLs', () => {
    const [message] = toOpenAIMessages([
      {role: 'user', content: {url: '/uploads/cat.jpg'}},
      {role: 'user', content: 'A cat?'},
    ]);
    expect(message.content).to.deep.equal([
      {type: 'image_url', image_url: {url: new URL('/uploads/cat.jpg', location.href).href}},
      {type: 'text', text: 'A cat?'},
    ]);
  });

  it('notes other files, and files in replies, as text', () => {
    expect(
      toOpenAIMessages([
        {role: 'user', content: {url: 'https://x.test/a/notes.txt?sig=1', mime_type: 'text/plain'}},
        {role: 'assistant', content: {url: 'https://x.test/plot.png', mime_type: 'image/png', name: 'plot.png'}},
      ]),
    ).to.deep.equal([
      {role: 'user', content: '[file: notes.txt (text/plain)]'},
      {role: 'assistant', content: '[file: plot.png (image/png)]'},
    ]);
  });

  it('leaves out thoughts and empty failed replies', () => {
    expect(
      toOpenAIMessages([
        {role: 'user', content: 'q'},
        {role: 'assistant', content: 'step', metadata: {title: 'Tool'}},
        {role: 'assistant', content: '', error: 'Stopped.'},
        {role: 'assistant', content: 'partial answer', error: 'Stopped.'},
      ]),
    ).to.deep.equal([
      {role: 'user', content: 'q'},
      {role: 'assistant', content: 'partial answer'},
    ]);
  });
});
