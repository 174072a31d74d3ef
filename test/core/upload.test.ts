import {expect} from '@open-wc/testing';
import {UploadError, readUploadResponse, uploadFile} from '../../src/core/upload.js';
import {isAbortError} from '../../src/core/errors.js';
import {until} from '../support/index.js';

const notes = () => new File(['hello, server'], 'notes.txt', {type: 'text/plain'});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('readUploadResponse', () => {
  const file = new File(['abc'], 'a.png', {type: 'image/png'});

  it('reads URL strings, filling in what the local file knows', () => {
    expect(readUploadResponse(['/u/1'], [file])).to.deep.equal([{url: '/u/1', name: 'a.png', mime_type: 'image/png', size: 3}]);
  });
  it('reads FileData objects, keeping what the server said and accepting path for url', () => {
    expect(readUploadResponse([{path: '/tmp/x.png', name: 'x.png', size: 9}], [file])).to.deep.equal([
      {url: '/tmp/x.png', name: 'x.png', size: 9, mime_type: 'image/png'},
    ]);
  });
  it('refuses answers that are not one entry per file', () => {
    expect(() => readUploadResponse([], [file])).to.throw(UploadError);
    expect(() => readUploadResponse([42], [file])).to.throw(UploadError, 'expected a URL');
    expect(() => readUploadResponse([{name: 'no url'}], [file])).to.throw(UploadError, 'url');
  });
});

describe('uploadFile over HTTP', () => {
  it('posts the file as multipart field "files" and reads back a URL', async () => {
    const data = await uploadFile('/api/uploads/urls', notes());
    expect(data.url).to.match(/^\/api\/uploads\/files\/[\w-]+\/notes\.txt$/);
    expect(data).to.include({name: 'notes.txt', mime_type: 'text/plain', size: 13});
    // The server really parsed the body: it serves the same bytes back.
    const response = await fetch(data.url);
    expect(response.headers.get('content-type')).to.contain('text/plain');
    expect(await response.text()).to.equal('hello, server');
  });

  it('keeps binary files intact', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    const data = await uploadFile('/api/uploads/urls', new File([bytes], 'bin.dat', {type: 'application/octet-stream'}));
    expect(new Uint8Array(await (await fetch(data.url)).arrayBuffer())).to.deep.equal(bytes);
  });

  it('reads FileData objects', async () => {
    const data = await uploadFile('/api/uploads/filedata', notes());
    expect(data.name).to.equal('server-notes.txt');
    expect(data.mime_type).to.equal('text/plain');
    expect(await (await fetch(data.url)).text()).to.equal('hello, server');
  });

  it("reads Gradio's list of paths as they are", async () => {
    const data = await uploadFile('/api/uploads/gradio', notes());
    expect(data.url).to.match(/^\/tmp\/gradio\/[\w-]+\/notes\.txt$/);
    expect(data.name).to.equal('notes.txt');
  });

  it('reports progress up to the whole body', async () => {
    const seen: Array<[number, number]> = [];
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'big.bin');
    await uploadFile('/api/uploads/slow?delay=0&pause=1', big, {onProgress: (loaded, total) => seen.push([loaded, total])});
    expect(seen.length).to.be.greaterThan(0);
    const [loaded, total] = seen.at(-1)!;
    expect(loaded).to.equal(total);
    expect(total).to.be.at.least(big.size);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).to.be.at.least(seen[i - 1]![0]);
  });

  it('fails with the server message and status', async () => {
    const error = (await rejection(uploadFile('/api/uploads/fail', notes()))) as UploadError;
    expect(error).to.be.instanceOf(UploadError);
    expect(error.message).to.equal('disk full');
    expect(error.status).to.equal(500);
    const flaky = (await rejection(uploadFile(`/api/uploads/flaky?key=${Math.random()}`, notes()))) as UploadError;
    expect(flaky.message).to.equal('try later');
    expect(flaky.status).to.equal(503);
  });

  it('fails when the answer is not JSON', async () => {
    const error = (await rejection(uploadFile('/api/uploads/html', notes()))) as UploadError;
    expect(error).to.be.instanceOf(UploadError);
    expect(error.message).to.contain('JSON');
  });

  it('fails when the server cannot be reached', async () => {
    const error = await rejection(uploadFile('http://127.0.0.1:9/upload', notes()));
    expect(error).to.be.instanceOf(UploadError);
  });

  it('cancels with an AbortSignal', async () => {
    const key = `cancel-${Math.random()}`;
    const cancel = new AbortController();
    const upload = uploadFile(`/api/uploads/slow?delay=5000&key=${key}`, notes(), {signal: cancel.signal});
    await waitForState(key, 'pending');
    cancel.abort();
    expect(isAbortError(await rejection(upload))).to.be.true;
    await waitForState(key, 'aborted');
    const already = new AbortController();
    already.abort();
    expect(isAbortError(await rejection(uploadFile('/api/uploads/urls', notes(), {signal: already.signal})))).to.be.true;
  });
});

async function waitForState(key: string, state: string): Promise<void> {
  const current = async () => ((await (await fetch(`/api/uploads/status?key=${key}`)).json()) as {state: string}).state;
  await until(async () => (await current()) === state, `upload ${key} to become ${state}`);
}
