// A Gradio app whose chat function has an api_name other than /chat: only
// `/gradio_api/call/respond` exists, as with `gr.Button.click(..., api_name="respond")`.
// Any other name is a 404, as Gradio answers.
import {randomUUID} from 'node:crypto';
import {readJson, startStream} from '../stream.js';

const jobs = new Map();

export const routes = {
  '/api/gradio-named/*': async (ctx) => {
    const match = /^\/api\/gradio-named\/gradio_api\/call\/([^/]+)(?:\/([^/]+))?$/.exec(ctx.path);
    if (!match || match[1] !== 'respond') {
      ctx.status = 404;
      ctx.body = {detail: 'Not Found'};
      return;
    }
    const eventId = match[2];
    if (!eventId && ctx.method === 'POST') {
      const {data} = await readJson(ctx);
      const id = randomUUID().replaceAll('-', '');
      jobs.set(id, data);
      ctx.body = {event_id: id};
      return;
    }
    if (eventId && ctx.method === 'GET' && jobs.has(eventId)) {
      const [message] = jobs.get(eventId);
      const text = typeof message === 'string' ? message : message?.text;
      const stream = startStream(ctx, 'text/event-stream; charset=utf-8');
      stream.write(`event: complete\ndata: ${JSON.stringify([`respond got: ${text}`])}\n\n`);
      stream.end();
      return;
    }
    ctx.status = 404;
    ctx.body = {detail: 'Event not found'};
  },
};
