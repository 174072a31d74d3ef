// <chat-blocks-launcher> in the test page: opening and closing by mouse,
// keyboard and API, focus, the unread badge and its announcement, the
// full-screen sheet on a narrow viewport, pass-through of attributes and
// properties, greeting and examples, and page CSS that must not reach it.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import '../../src/launcher.js';
import type {ChatBlocksLauncher} from '../../src/launcher.js';
import {deepQuery, expectEvent, part, renderedTexts, sseScript, until} from '../support/index.js';

const script = '/api/streams/script';

async function launcher(attributes = ''): Promise<ChatBlocksLauncher> {
  const element = document.createElement('div');
  // Attributes as a page writes them (the launcher passes them on verbatim).
  element.innerHTML = `<chat-blocks-launcher endpoint="${script}" heading="Support" ${attributes}></chat-blocks-launcher>`;
  const found = element.firstElementChild as ChatBlocksLauncher;
  return fixture<ChatBlocksLauncher>(found);
}

const button = (el: ChatBlocksLauncher) => part<HTMLButtonElement>(el, 'button')!;
const panel = (el: ChatBlocksLauncher) => part<HTMLElement>(el, 'panel')!;
const visible = (node: Element) => getComputedStyle(node).display !== 'none';

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const textboxFocused = () => deepActiveElement()?.matches('[part~="textbox"]') === true;

async function click(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

describe('chat-blocks-launcher', function () {
  // Loading the chat on a loaded 2-core machine can take a while: room, not a sleep.
  this.timeout(60000);
  afterEach(async () => {
    fixtureCleanup();
    await sendMouse({type: 'move', position: [0, 0]});
  });

  it('is a button that controls a labelled, hidden, non-modal dialog, and is accessible', async () => {
    const el = await launcher();
    const dialog = panel(el);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(button(el).getAttribute('aria-controls')).to.equal(dialog.id);
    expect(el.shadowRoot!.getElementById(button(el).getAttribute('aria-controls')!)).to.equal(dialog);
    expect(button(el).getAttribute('aria-label')).to.equal('Support');
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(dialog.hasAttribute('aria-modal')).to.equal(false);
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Support');
    expect(visible(dialog)).to.equal(false);
    await expect(el).to.be.accessible();
    el.show();
    await el.load();
    await until(() => part(el, 'textbox') !== null, 'the chat rendered');
    await expect(el).to.be.accessible();
  });

  it('opens and closes by mouse, focusing the textbox and then the button', async () => {
    const el = await launcher();
    const opened = expectEvent(el, 'chat-open');
    await click(button(el));
    await opened;
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel(el))).to.equal(true);
    await until(textboxFocused, 'the textbox has focus after opening');

    const closed = expectEvent(el, 'chat-close');
    await click(button(el));
    expect((await closed).cancelable).to.equal(true);
    expect(el.open).to.equal(false);
    expect(visible(panel(el))).to.equal(false);
    expect(deepActiveElement()).to.equal(button(el));

    // The panel's own close button too.
    await click(button(el));
    await until(textboxFocused, 'the textbox has focus after opening again');
    await click(part(el, 'close-button')!);
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button(el));
  });

  it('opens with the keyboard, and Escape closes it with focus back on the button', async () => {
    const el = await launcher();
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await until(textboxFocused, 'the textbox has focus after Enter on the button');
    await sendKeys({type: 'a question'});
    await sendKeys({press: 'Escape'});
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button(el));
    await sendKeys({press: 'Space'});
    await until(textboxFocused, 'the textbox has focus after Space on the button');
    expect((deepActiveElement() as HTMLTextAreaElement).value).to.equal('a question');
  });

  it('show(), hide(), toggle() and the open property and attribute', async () => {
    const el = await launcher();
    let opens = 0;
    el.addEventListener('chat-open', () => opens++);
    el.show();
    expect(el.open).to.equal(true);
    expect(opens).to.equal(1);
    el.show();
    expect(opens).to.equal(1);
    await until(textboxFocused, 'show() focuses the textbox');

    // A chat-close listener can keep the panel open.
    const keepOpen = (event: Event) => event.preventDefault();
    el.addEventListener('chat-close', keepOpen);
    expect(el.hide()).to.equal(false);
    expect(el.open).to.equal(true);
    el.removeEventListener('chat-close', keepOpen);
    expect(el.hide()).to.equal(true);
    expect(el.open).to.equal(false);

    el.toggle();
    expect(el.open).to.equal(true);
    el.toggle();
    expect(el.open).to.equal(false);
    expect(opens).to.equal(2);

    el.setAttribute('open', '');
    expect(visible(panel(el))).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    el.open = false;
    expect(el.hasAttribute('open')).to.equal(false);
    expect(visible(panel(el))).to.equal(false);
  });

  it('a reply that arrives while closed sets the unread badge and is announced once', async () => {
    const el = await launcher();
    const chat = await el.load();
    expect(el.open).to.equal(false);
    const badge = part(el, 'badge')!;
    const announcer = part(el, 'announcer')!;
    expect(visible(badge)).to.equal(false);
    const announcements: string[] = [];
    new MutationObserver(() => announcer.textContent && announcements.push(announcer.textContent)).observe(announcer, {
      childList: true,
      characterData: true,
      subtree: true,
    });

    el.body = sseScript([JSON.stringify('Your order shipped.')]);
    await chat.send('where is my order?');
    await until(() => announcements.length > 0, 'the reply was announced');
    expect(visible(badge)).to.equal(true);
    expect(badge.textContent).to.equal('1');
    expect(button(el).getAttribute('aria-label')).to.equal('Support (1 unread)');
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    expect(announcements).to.deep.equal(['New reply: Your order shipped.']);
    // The chat's own live region is inside the hidden panel, so it announces nothing meanwhile.
    expect(visible(panel(el))).to.equal(false);

    el.body = sseScript([JSON.stringify('It arrives tomorrow.')]);
    await chat.send('when?');
    await until(() => badge.textContent === '2', 'a second reply counts');

    el.show();
    expect(visible(badge)).to.equal(false);
    expect(button(el).getAttribute('aria-label')).to.equal('Support');
    expect(announcer.textContent).to.equal('');
    await until(() => renderedTexts(chat).includes('It arrives tomorrow.'), 'the replies are in the panel');
    expect(announcements).to.deep.equal(['New reply: Your order shipped.', 'New reply: It arrives tomorrow.']);

    // A reply while open is the chat's to announce, not the launcher's.
    el.body = sseScript([JSON.stringify('Anything else?')]);
    await chat.send('thanks');
    expect(visible(badge)).to.equal(false);
    expect(announcements.length).to.equal(2);
  });

  it('is a full-screen sheet on a 375 px viewport', async () => {
    await setViewport({width: 375, height: 667});
    try {
      const el = await launcher();
      const closedButton = button(el).getBoundingClientRect();
      expect(closedButton.right).to.be.closeTo(375 - 20, 1);
      expect(closedButton.bottom).to.be.closeTo(667 - 20, 1);
      el.show();
      const box = panel(el).getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 375, 667]);
      expect(visible(button(el))).to.equal(false);
      await until(textboxFocused, 'the textbox has focus in the sheet');
      const textbox = part(el, 'textbox')!.getBoundingClientRect();
      expect(textbox.bottom).to.be.at.most(667);
      expect(textbox.top).to.be.greaterThan(300);
      await sendKeys({press: 'Escape'});
      expect(visible(button(el))).to.equal(true);
      expect(deepActiveElement()).to.equal(button(el));
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('is a panel above the button in the chosen corner on a wide viewport', async () => {
    await setViewport({width: 1280, height: 800});
    try {
      const right = await launcher();
      right.show();
      const box = panel(right).getBoundingClientRect();
      const buttonBox = button(right).getBoundingClientRect();
      expect(box.right).to.be.closeTo(1280 - 20, 1);
      expect(box.bottom).to.be.at.most(buttonBox.top);
      expect(box.width).to.be.closeTo(400, 1);
      fixtureCleanup();

      const left = await launcher(
        'position="bottom-left" style="--chat-blocks-launcher-offset-x: 40px; --chat-blocks-launcher-offset-y: 30px; --chat-blocks-launcher-z-index: 7"',
      );
      left.show();
      expect(button(left).getBoundingClientRect().left).to.be.closeTo(40, 1);
      expect(button(left).getBoundingClientRect().bottom).to.be.closeTo(800 - 30, 1);
      expect(panel(left).getBoundingClientRect().left).to.be.closeTo(40, 1);
      expect(getComputedStyle(button(left)).zIndex).to.equal('7');
      expect(getComputedStyle(panel(left)).zIndex).to.equal('7');
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('shows the greeting and example prompts before the first message', async () => {
    const el = await launcher(`greeting="Hi! Ask me about plans." examples='["What does it cost?","Is there a free trial?"]'`);
    el.show();
    const chat = await el.load();
    await until(() => part(chat, 'example') !== null, 'the examples are shown');
    const greeting = deepQuery(chat, '.greeting')!;
    expect(greeting.textContent).to.equal('Hi! Ask me about plans.');
    expect(greeting.checkVisibility(), 'the greeting is shown').to.equal(true);
    expect(greeting.getBoundingClientRect().height).to.be.greaterThan(0);
    el.body = sseScript([JSON.stringify('From 9 € a month.')]);
    const response = expectEvent(el, 'chat-response');
    part<HTMLButtonElement>(chat, 'example')!.click();
    await response;
    await until(() => renderedTexts(chat).length === 2, 'the exchange shown');
    expect(renderedTexts(chat)).to.deep.equal(['What does it cost?', 'From 9 € a month.']);
  });

  it('passes every attribute and property of <chat-blocks> through, also after loading', async () => {
    const el = await launcher('placeholder="Ask support" no-feedback data-x="1" id="help"');
    el.strings = {send: 'Go'};
    const chat = await el.load();
    await chat.updateComplete;
    expect(chat.getAttribute('endpoint')).to.equal(script);
    expect(chat.getAttribute('placeholder')).to.equal('Ask support');
    expect(chat.hasAttribute('no-feedback')).to.equal(true);
    // The launcher's own and global attributes stay on the launcher.
    expect(chat.hasAttribute('id')).to.equal(false);
    expect(chat.hasAttribute('heading')).to.equal(false);
    expect(chat.hasAttribute('data-x')).to.equal(false);
    await until(() => part<HTMLTextAreaElement>(chat, 'textbox')?.placeholder === 'Ask support', 'the placeholder reached the textbox');
    expect(part(chat, 'submit-button')!.getAttribute('aria-label') ?? part(chat, 'submit-button')!.textContent).to.include('Go');

    el.setAttribute('placeholder', 'Ask anything');
    el.removeAttribute('no-feedback');
    await until(() => chat.getAttribute('placeholder') === 'Ask anything' && !chat.hasAttribute('no-feedback'), 'changes reach the chat');
    el.body = sseScript([JSON.stringify('forwarded')]);
    expect(chat.body).to.deep.equal(el.body);
    await chat.send('hello');
    expect(el.messages.map((message) => message.content)).to.deep.equal(['hello', 'forwarded']);
  });

  it('page CSS neither reaches it nor is disturbed by it, and it follows the page color-scheme', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .hostile chat-blocks-launcher { display: block !important; width: 300px; height: 300px; transform: scale(0.5); font-size: 40px; color: red; line-height: 5; letter-spacing: 9px; text-transform: uppercase; }
      .hostile button { background: red; padding: 40px; }
      .hostile { color-scheme: dark; }`;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="hostile">
          <p>before</p>
          <chat-blocks-launcher heading="Help" label="Help"></chat-blocks-launcher>
          <p>after</p>
        </div>`,
      );
      const el = wrapper.querySelector('chat-blocks-launcher') as ChatBlocksLauncher;
      // No box of its own: the paragraphs around it touch.
      const [before, after] = wrapper.querySelectorAll('p');
      const gap = after.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
      expect(getComputedStyle(el).display).to.equal('contents');
      expect(gap).to.equal(parseFloat(getComputedStyle(before).marginBottom));
      const box = button(el).getBoundingClientRect();
      expect(box.height).to.be.closeTo(56, 1);
      expect(box.bottom).to.be.closeTo(600 - 20, 1);
      const label = part(el, 'label')!;
      expect(getComputedStyle(label).fontSize).to.equal('15px');
      expect(getComputedStyle(label).letterSpacing).to.equal('normal');
      expect(getComputedStyle(label).textTransform).to.equal('none');
      // Dark from the page's color-scheme.
      el.show();
      expect(getComputedStyle(panel(el)).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(68, 147, 248)');
      wrapper.classList.remove('hostile');
      expect(getComputedStyle(panel(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      style.remove();
    }
  });
});
