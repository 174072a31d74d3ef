import {expect} from '@open-wc/testing';
import {HistoryStore, maxStoredDataUrl, type SavedChat} from '../../src/core/history-store.js';
import type {ChatMessage} from '../../src/core/types.js';
import {defaultStrings, formatString} from '../../src/strings.js';
import {uniqueTag} from '../support/index.js';

/** The note `<chat-blocks>` gives its store: the default `fileNotKept` string. */
const note = (name: string) => formatString(defaultStrings.fileNotKept, {name});

const chat = (messages: ChatMessage[], extra: Partial<SavedChat> = {}): SavedChat => ({
  messages,
  draft: '',
  streamingIndex: -1,
  waiting: false,
  ...extra,
});

const dataUrl = (length: number, type = 'image/png') => `data:${type};base64,${'A'.repeat(length)}`;

/** Records console.warn calls while `run` runs. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('HistoryStore', () => {
  const keys: string[] = [];
  const newKey = () => {
    const key = uniqueTag('store');
    keys.push(key);
    return key;
  };
  afterEach(() => {
    for (const key of keys.splice(0)) {
      localStorage.removeItem(key);
      sessionStorage.removeItem(key);
    }
  });

  it('saves and loads a conversation, its draft and where a reply was cut', () => {
    const key = newKey();
    const saved = chat(
      [
        {role: 'user', content: 'hi'},
        {role: 'assistant', content: 'hel', metadata: {title: 'Thinking', status: 'pending'}},
      ],
      {draft: 'next', streamingIndex: 1},
    );
    new HistoryStore('local', key, note).save(saved);
    expect(new HistoryStore('local', key, note).load()).to.deep.equal(saved);
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('uses sessionStorage for "session"', () => {
    const key = newKey();
    new HistoryStore('session', key, note).save(chat([{role: 'user', content: 'tab only'}]));
    expect(localStorage.getItem(key)).to.equal(null);
    expect(new HistoryStore('session', key, note).load()!.messages).to.deep.equal([{role: 'user', content: 'tab only'}]);
  });

  it('leaves out inline files over the limit, with a note naming them; keeps small ones and URLs', () => {
    const key = newKey();
    const big = {url: dataUrl(maxStoredDataUrl), name: 'big.png', mime_type: 'image/png'};
    const small = {url: dataUrl(100), name: 'small.png', mime_type: 'image/png'};
    const remote = {url: 'https://example.com/' + 'x'.repeat(maxStoredDataUrl), name: 'remote.png'};
    new HistoryStore('local', key, (name) => `[${name} not kept]`).save(
      chat([
        {role: 'user', content: big},
        {role: 'user', content: small},
        {role: 'user', content: remote},
        {role: 'user', content: {url: dataUrl(maxStoredDataUrl), mime_type: 'audio/webm'}},
      ]),
    );
    expect(new HistoryStore('local', key, note).load()!.messages).to.deep.equal([
      {role: 'user', content: '[big.png not kept]'},
      {role: 'user', content: small},
      {role: 'user', content: remote},
      {role: 'user', content: '[audio/webm not kept]'},
    ]);
  });

  it('when the quota is full, tries again without any inline file, and warns once until a save succeeds', () => {
    const key = newKey();
    const setItem = Storage.prototype.setItem;
    let room = 0;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (value.length > room) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
    const small = {url: dataUrl(2000), name: 'small.png'};
    const store = new HistoryStore('local', key, note);
    try {
      const warned = warnings(() => {
        store.save(chat([{role: 'user', content: 'one'}]));
        store.save(chat([{role: 'user', content: 'two'}]));
      });
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('could not save the history');
      expect(localStorage.getItem(key)).to.equal(null);

      room = 1000;
      expect(
        warnings(() =>
          store.save(
            chat([
              {role: 'user', content: small},
              {role: 'user', content: 'three'},
            ]),
          ),
        ),
      ).to.deep.equal([]);
      expect(store.load()!.messages).to.deep.equal([
        {role: 'user', content: '📎 small.png (too large to keep after a reload)'},
        {role: 'user', content: 'three'},
      ]);

      room = 0;
      expect(warnings(() => store.save(chat([{role: 'user', content: 'four'}])))).to.have.length(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('ignores corrupt data with a warning', () => {
    for (const raw of [
      '{"messages": [',
      '{"messages": [{"role": "robot", "content": "x"}]}',
      'null',
      '42',
      '[]',
      '{"messages": {"0": 1}}',
    ]) {
      const key = newKey();
      localStorage.setItem(key, raw);
      let loaded: SavedChat | undefined;
      const warned = warnings(() => (loaded = new HistoryStore('local', key, note).load()));
      expect(loaded, raw).to.equal(undefined);
      expect(warned, raw).to.have.length(1);
      expect(warned[0]).to.contain('corrupt');
    }
  });

  it('fills in what an older or hand-written entry lacks, and drops a streamingIndex out of range', () => {
    const key = newKey();
    localStorage.setItem(key, JSON.stringify({messages: [{role: 'user', content: 'hi'}], streamingIndex: 7, draft: 3}));
    expect(new HistoryStore('local', key, note).load()).to.deep.equal(chat([{role: 'user', content: 'hi'}]));
  });

  it('goes on without storage when the browser refuses access to it', () => {
    const key = newKey();
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    let store!: HistoryStore;
    try {
      const warned = warnings(() => (store = new HistoryStore('local', key, note)));
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('not available');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as {localStorage?: Storage}).localStorage;
    }
    expect(() => store.save(chat([{role: 'user', content: 'x'}]))).not.to.throw();
    expect(store.load()).to.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
  });
});
