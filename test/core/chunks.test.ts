import {expect} from '@open-wc/testing';
import {errorMessageOf} from '../../src/core/chunks.js';
import {parseChunk} from '../../src/core/shapes/parse-chunk.js';

describe('parseChunk', () => {
  it('keeps data that is not JSON as text to append', () => {
    expect(parseChunk('Hello')).to.equal('Hello');
    expect(parseChunk(' {"delta": "x"}')).to.equal(' {"delta": "x"}');
    expect(parseChunk('null')).to.equal('null');
    expect(parseChunk('[1, 2]')).to.equal('[1, 2]');
    expect(parseChunk('42')).to.equal('42');
  });

  it('keeps data that starts like JSON but does not parse as text', () => {
    expect(parseChunk('{not json')).to.equal('{not json');
    expect(parseChunk('"quoted" and more')).to.equal('"quoted" and more');
    expect(parseChunk('{')).to.equal('{');
  });

  it('turns a JSON string into the text it holds', () => {
    expect(parseChunk('" leading space"')).to.equal(' leading space');
    expect(parseChunk('"line\\nbreak"')).to.equal('line\nbreak');
  });

  it('normalizes each structured chunk of the contract', () => {
    expect(parseChunk('{"delta": "abc"}')).to.deep.equal({delta: 'abc'});
    expect(parseChunk('{"content": "whole"}')).to.deep.equal({content: 'whole'});
    expect(parseChunk('{"message": {"role": "assistant", "content": {"url": "/a.png"}}}')).to.deep.equal({
      message: {role: 'assistant', content: {url: '/a.png'}},
    });
    expect(parseChunk('{"metadata": {"status": "done"}}')).to.deep.equal({metadata: {status: 'done'}});
    expect(parseChunk('{"error": "why"}')).to.deep.equal({error: 'why'});
    expect(parseChunk('{"done": true}')).to.deep.equal({done: true});
    expect(parseChunk('{"choices": [{"delta": {"content": "hi"}}]}')).to.deep.equal({delta: 'hi'});
    expect(parseChunk('[DONE]')).to.deep.equal({done: true});
  });

  it('keeps several fields of one chunk together', () => {
    expect(parseChunk('{"delta": "end", "done": true}')).to.deep.equal({delta: 'end', done: true});
    expect(parseChunk('{"choices": [{"delta": {"content": "."}, "finish_reason": "stop"}]}')).to.deep.equal({
      delta: '.',
      done: true,
    });
  });

  it('reads OpenAI errors, whole completions and role-only chunks', () => {
    expect(parseChunk('{"error": {"message": "quota", "type": "x"}}')).to.deep.equal({error: 'quota'});
    expect(parseChunk('{"choices": [{"message": {"role": "assistant", "content": "all"}}]}')).to.deep.equal({
      delta: 'all',
    });
    expect(parseChunk('{"choices": [{"delta": {"role": "assistant"}, "finish_reason": null}]}')).to.equal(null);
  });

  it('turns a bare string message into an assistant message', () => {
    expect(parseChunk('{"message": "hi"}')).to.deep.equal({message: {role: 'assistant', content: 'hi'}});
  });

  it('ignores JSON of unknown shapes and fields of the wrong type', () => {
    expect(parseChunk('{"foo": "bar"}')).to.equal(null);
    expect(parseChunk('{"delta": 5, "done": "yes", "metadata": [1]}')).to.equal(null);
    expect(parseChunk('{"choices": []}')).to.equal(null);
    expect(parseChunk('{"choices": [null]}')).to.equal(null);
    expect(parseChunk('{"error": null}')).to.equal(null);
    expect(parseChunk('""')).to.equal(null);
    expect(parseChunk('')).to.equal(null);
  });

  it('fails on an error field of an odd shape with an empty message', () => {
    expect(parseChunk('{"error": true}')).to.deep.equal({error: ''});
  });

  it('never throws on hostile input', () => {
    const deep = `${'{"a":'.repeat(200000)}1${'}'.repeat(200000)}`;
    expect(() => parseChunk(deep)).not.to.throw();
    const proto = parseChunk('{"__proto__": {"delta": "x"}, "constructor": 1}');
    expect(proto).to.equal(null);
    expect(({} as Record<string, unknown>).delta).to.equal(undefined);
    expect(parseChunk('{"message": null, "content": "ok"}')).to.deep.equal({content: 'ok'});
  });
});

describe('errorMessageOf', () => {
  it('finds the reason in the shapes servers use', () => {
    expect(errorMessageOf('{"error": "bad input"}')).to.equal('bad input');
    expect(errorMessageOf('{"error": {"message": "invalid key"}}')).to.equal('invalid key');
    expect(errorMessageOf('{"detail": "Not Found"}')).to.equal('Not Found');
    expect(errorMessageOf('{"detail": [{"msg": "field required"}, {"msg": "too long"}]}')).to.equal('field required; too long');
    expect(errorMessageOf('{"message": "nope"}')).to.equal('nope');
    expect(errorMessageOf('"just a string"')).to.equal('just a string');
    expect(errorMessageOf('  plain text  \n')).to.equal('plain text');
  });

  it('gives nothing for a JSON body without a reason', () => {
    expect(errorMessageOf('{"status": 500}')).to.equal('');
    expect(errorMessageOf('')).to.equal('');
  });

  it('caps a long reason', () => {
    const reason = errorMessageOf('x'.repeat(5000));
    expect(reason.length).to.equal(500);
    expect(reason.endsWith('…')).to.equal(true);
  });
});
