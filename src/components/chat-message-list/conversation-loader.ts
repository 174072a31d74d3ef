/**
 * Loads the message views (`conversation.ts`) once for every list on the
 * page, on the first message. A failed load is forgotten, so a later
 * message tries again.
 */
export type ConversationModule = typeof import('./conversation.js');

let loaded: ConversationModule | undefined;
let loading: Promise<ConversationModule> | undefined;

/** The message views, if loaded. */
export function loadedConversation(): ConversationModule | undefined {
  return loaded;
}

/** Loads the message views (once); rejects when the chunk could not be fetched. */
export function loadConversation(): Promise<ConversationModule> {
  loading ??= import('./conversation.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
