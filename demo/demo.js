// Wires the demo page: the bot and transport pickers set the widget's
// endpoint and adapter, and every like/dislike is printed to the log.
const chat = document.querySelector('#chat');
const bot = document.querySelector('#bot');
const transport = document.querySelector('#transport');
const log = document.querySelector('#log');

function print(line) {
  log.textContent += `${line}\n`;
  console.log(line);
}

chat.examples = [
  'Hello!',
  'Show me everything you can render',
  {
    text: 'What is in this picture?',
    files: [{url: '/demo/chart.svg', mime_type: 'image/svg+xml', name: 'chart.svg', alt_text: 'A bar chart'}],
  },
];

function connect() {
  chat.endpoint = `/api/${bot.value}/${transport.value}`;
  chat.adapter = transport.value;
  chat.fileCount = bot.value === 'multimodal' ? 'multiple' : 'none';
  chat.fileTypes = bot.value === 'multimodal' ? 'image, audio, video, text, .pdf' : '';
  chat.uploadEndpoint = bot.value === 'multimodal' ? '/api/upload' : '';
  chat.maxFileSize = '20MB';
  chat.maxPlainTextLength = 2000;
  chat.sources = bot.value === 'multimodal' ? 'upload microphone' : 'upload';
}

bot.addEventListener('change', connect);
transport.addEventListener('change', connect);
connect();

// print_like_dislike(x: gr.LikeData): print(x.index, x.value, x.liked)
chat.addEventListener('chat-like', (event) => {
  const {index, value, liked} = event.detail;
  print(`${index} ${typeof value === 'string' ? value : JSON.stringify(value)} ${liked}`);
});
chat.addEventListener('chat-error', (event) => print(`error: ${event.detail.error}`));
