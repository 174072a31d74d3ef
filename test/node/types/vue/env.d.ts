// As in a Vue app's env.d.ts: loads chat-blocks' types for Vue templates.
import type {} from 'chat-blocks/vue';
