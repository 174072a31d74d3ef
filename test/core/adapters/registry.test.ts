import {expect} from '@open-wc/testing';
import {gradioAdapter} from '../../../src/core/adapters/gradio.js';
import {fetchAdapter, sseAdapter} from '../../../src/core/adapters/http.js';
import {openaiAdapter} from '../../../src/core/adapters/openai.js';
import {getAdapter, registerAdapter} from '../../../src/core/adapters/registry.js';
import type {ChatAdapter} from '../../../src/core/types.js';
import {collect, makeRequest} from '../../support/index.js';

describe('adapter registry', () => {
  it('has the built-in adapters', () => {
    expect(getAdapter('sse')).to.equal(sseAdapter);
    expect(getAdapter('fetch')).to.equal(fetchAdapter);
    expect(getAdapter('openai')).to.equal(openaiAdapter);
    expect(getAdapter('gradio')).to.equal(gradioAdapter);
    expect(getAdapter('nope')).to.equal(undefined);
    expect(getAdapter('toString')).to.equal(undefined);
  });

  it('registers a custom adapter by name', async () => {
    const echo: ChatAdapter = async function* (request) {
      yield {delta: `echo: ${request.message}`};
    };
    registerAdapter('echo-test', echo);
    const adapter = getAdapter('echo-test');
    expect(adapter).to.equal(echo);
    expect(await collect(adapter!, makeRequest({}, {message: 'hi'}))).to.deep.equal([{delta: 'echo: hi'}]);
  });

  it('replaces an adapter registered again under the same name', () => {
    const first: ChatAdapter = async () => 'first';
    const second: ChatAdapter = async () => 'second';
    registerAdapter('twice-test', first);
    registerAdapter('twice-test', second);
    expect(getAdapter('twice-test')).to.equal(second);
  });

  it('refuses a nameless or non-function adapter', () => {
    expect(() => registerAdapter('', async () => 'x')).to.throw(TypeError);
    expect(() => registerAdapter('bad', 'sse' as unknown as ChatAdapter)).to.throw(TypeError, /bad/);
  });
});
