import {expect} from '@open-wc/testing';
import {ChatBlocksController} from '../../../src/core/controller/chat-blocks-controller.js';
import {StandaloneController} from '../../../src/core/controller/standalone-controller.js';
import {defaultLimits} from '../../../src/core/limits.js';
import type {ChatEventDetails, ChatEventName} from '../../../src/core/chat-events.js';
import type {ChatAdapter, ChatChunk, ChatMessage} from '../../../src/core/types.js';
import {defaultStrings} from '../../../src/strings.js';
import {defaultSettings} from '../../support/index.js';

type Emitted = {name: ChatEventName; detail: unknown};

/** Records every event; `prevent` names the cancelable events a listener would prevent. */
function recorder(prevent: ChatEventName[] = []) {
  const events: Emitted[] = [];
  const emit = <K extends ChatEventName>(name: K, detail: ChatEventDetails[K], options: {cancelable?: boolean} = {}) => {
    events.push({name, detail});
    return !(options.cancelable && prevent.includes(name));
  };
  return {events, emit, names: () => events.map((event) => event.name)};
}

async function* reply(...chunks: ChatChunk[]): AsyncGenerator<ChatChunk> {
  for (const chunk of chunks) yield chunk;
}

function makeController(options: {disabled?: boolean; prevent?: ChatEventName[]} = {}) {
  const {events, emit, names} = recorder(options.prevent);
  const asked: string[] = [];
  const adapter: ChatAdapter = (request) => {
    asked.push(request.message);
    return reply(`echo ${request.message}`);
  };
  const controller = new ChatBlocksController(
    {
      adapter: () => adapter,
      config: () => ({endpoint: '', method: 'POST', headers: {}, credentials: 'same-origin', body: {}, apiName: '/chat'}),
      timeout: () => 60000,
      retries: () => 0,
      limits: () => defaultLimits,
      upload: () => ({headers: {}, credentials: 'same-origin'}),
      emit,
    },
    {...defaultSettings, disabled: options.disabled ?? false},
    defaultStrings,
  );
  return {controller, events, names, asked};
}

const history: ChatMessage[] = [
  {role: 'user', content: 'Pick one'},
  {role: 'assistant', content: 'Partial', options: [{value: 'a'}]},
];

describe('ChatBlocksController', () => {
  it('sends through chat-submit and the session, and asks the textbox for focus', async () => {
    const {controller, names, asked} = makeController();
    expect(controller.submit({text: 'hi', files: []})).to.equal(true);
    expect(controller.focusRequest).to.equal(1);
    await controller.session.settled();
    expect(asked).to.deep.equal(['hi']);
    expect(names()).to.deep.equal(['chat-submit', 'chat-response', 'chat-change']);
    expect(controller.view.messages.map((message) => message.content)).to.deep.equal(['hi', 'echo hi']);
  });

  it('a prevented chat-submit sends nothing and keeps the text (returns false)', async () => {
    const {controller, asked} = makeController({prevent: ['chat-submit']});
    expect(controller.submit({text: 'hi', files: []})).to.equal(false);
    await controller.session.settled();
    expect(asked).to.deep.equal([]);
    expect(controller.view.messages).to.deep.equal([]);
  });

  it('disabled: send(), submit, retry, undo, edit and options all go through the one check and send nothing', async () => {
    const {controller, names, asked} = makeController({disabled: true});
    controller.session.setMessages(history);
    await controller.send({text: 'by script', files: []});
    expect(controller.submit({text: 'by button', files: []})).to.equal(false);
    await controller.retry(1);
    controller.undo(1);
    controller.edit(0, 'changed');
    controller.chooseOption(1, 'a');
    await controller.session.settled();
    expect(asked).to.deep.equal([]);
    expect(names()).to.deep.equal([]);
    expect(controller.view.messages).to.deep.equal(history);

    controller.update({...controller.settings, disabled: false}, controller.strings);
    await controller.send({text: 'by script', files: []});
    expect(asked).to.deep.equal(['by script']);
  });

  it('chooses an option itself: chat-option, then the value is sent', async () => {
    const {controller, names, asked} = makeController();
    controller.session.setMessages(history);
    controller.chooseOption(1, 'a');
    await controller.session.settled();
    expect(asked).to.deep.equal(['a']);
    expect(names()[0]).to.equal('chat-option');
  });

  it('undo puts the text back through a draft request; retry answers again', async () => {
    const {controller, names, asked} = makeController();
    controller.session.setMessages(history);
    await controller.retry(1);
    expect(asked).to.deep.equal(['Pick one']);
    controller.undo(0);
    expect(controller.draftRequest.text).to.equal('Pick one');
    expect(controller.view.messages).to.deep.equal([]);
    expect(names()).to.include.members(['chat-retry', 'chat-undo']);
  });

  it('page-called methods leave focus alone', async () => {
    const {controller} = makeController();
    controller.session.setMessages(history);
    await controller.retry(-1, {focus: false});
    controller.undo(-1, {focus: false});
    controller.clear({focus: false});
    controller.stop({focus: false});
    expect(controller.focusRequest).to.equal(0);
  });
});

describe('StandaloneController', () => {
  function standalone(messages: ChatMessage[] = history, disabled = false, prevent: ChatEventName[] = []) {
    const {events, emit, names} = recorder(prevent);
    return {controller: new StandaloneController({emit, messages: () => messages, disabled: () => disabled}), events, names};
  }

  it('turns every action into its event, with the details <chat-blocks> gives', () => {
    const {controller, events} = standalone();
    expect(controller.submit({text: 'hi', files: []})).to.equal(true);
    controller.stop();
    controller.clear();
    controller.retry(1);
    controller.undo(0);
    controller.like(1, true);
    controller.edit(0, 'Pick two');
    controller.chooseOption(1, 'a');
    expect(events).to.deep.equal([
      {name: 'chat-submit', detail: {text: 'hi', files: []}},
      {name: 'chat-stop', detail: {}},
      {name: 'chat-clear', detail: {}},
      {name: 'chat-retry', detail: {index: 1}},
      {name: 'chat-undo', detail: {index: 0}},
      {name: 'chat-like', detail: {index: 1, value: 'Partial', liked: true}},
      {name: 'chat-edit', detail: {index: 0, value: 'Pick two', previous: 'Pick one'}},
      {name: 'chat-option', detail: {index: 1, value: 'a'}},
    ]);
  });

  it('keeps likes itself (the page’s messages are not changed) and tells its subscribers; new messages start with none', () => {
    let messages: ChatMessage[] = history.map((message) => ({...message}));
    const {events, emit} = recorder();
    const controller = new StandaloneController({emit, messages: () => messages, disabled: () => false});
    let changes = 0;
    controller.subscribe(() => changes++);
    controller.like(1, false);
    expect([...controller.likes]).to.deep.equal([[1, false]]);
    expect(messages[1].liked).to.equal(undefined);
    expect(changes).to.equal(1);
    expect(events.map((event) => event.name)).to.deep.equal(['chat-like']);
    messages = messages.slice();
    expect(controller.likes.size).to.equal(0);
  });

  it('disabled, or empty, or prevented: nothing is sent', () => {
    const {controller, names} = standalone(history, true);
    expect(controller.submit({text: 'hi', files: []})).to.equal(false);
    controller.retry(1);
    controller.undo(0);
    controller.edit(0, 'x');
    controller.chooseOption(1, 'a');
    expect(names()).to.deep.equal([]);
    const open = standalone(history, false, ['chat-submit']);
    expect(open.controller.submit({text: '  ', files: []})).to.equal(false);
    expect(open.controller.submit({text: 'hi', files: []})).to.equal(false);
    expect(open.names()).to.deep.equal(['chat-submit']);
  });
});
