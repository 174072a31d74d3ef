/**
 * Loads the message views (`conversation.ts`) once for every list on the
 * page, on the first message. A failed load is forgotten, so a later
 * message tries again.
 */
import {loadOnce} from '../../core/load-once.js';

export type ConversationModule = typeof import('./conversation.js');

const conversation = loadOnce(() => import('./conversation.js'));

/** The message views, if loaded. */
export const loadedConversation = (): ConversationModule | undefined => conversation.loaded();

/** Loads the message views (once); rejects when the chunk could not be fetched. */
export const loadConversation = (): Promise<ConversationModule> => conversation.load();
