/**
 * What the list shows and how: read once per update from the
 * `<chat-blocks>` around it, or from its own properties when it stands
 * alone.
 */
import type {ChatController, ChatExample, ChatLayout} from '../../context.js';
import type {ChatMessage, ChatStatus} from '../../core/types.js';
import {imagePolicy, type ImagePolicy} from '../../render/image-sources.js';

/** Default of `max-markdown-length`: longer texts show as plain text until asked for formatted. */
export const defaultMaxMarkdownLength = 100_000;

export interface ListSettings {
  readonly messages: readonly ChatMessage[];
  readonly status: ChatStatus;
  readonly streamingIndex: number;
  readonly plainText: boolean;
  readonly likeUserMessage: boolean;
  readonly noFeedback: boolean;
  readonly layout: ChatLayout;
  readonly avatarUser?: string;
  readonly avatarAssistant?: string;
  readonly examples: readonly ChatExample[];
  readonly inlineMath: boolean;
  /** The chat is disabled: nothing that sends (options, retry, edit, undo, examples) can be used. */
  readonly disabled: boolean;
  /** Texts longer than this show as plain text until the user asks for them formatted. */
  readonly maxMarkdownLength: number;
  /** Runs of text without a break opportunity longer than this get one every this many characters (`max-unbroken-run`). */
  readonly maxUnbrokenRun: number;
  /** Where images in messages may load from (`image-sources`). */
  readonly images: ImagePolicy;
}

/** The list's own properties, which a standalone list shows. */
export type OwnSettings = Omit<ListSettings, 'streamingIndex' | 'disabled' | 'messages' | 'examples' | 'images'> & {
  readonly messages?: readonly ChatMessage[];
  readonly examples?: readonly ChatExample[];
  readonly imageSources: string;
};

export function readSettings(controller: ChatController | undefined, own: OwnSettings): ListSettings {
  if (!controller) {
    const messages = own.messages ?? [];
    return {
      messages,
      status: own.status,
      streamingIndex: own.status === 'streaming' ? messages.length - 1 : -1,
      plainText: own.plainText,
      likeUserMessage: own.likeUserMessage,
      noFeedback: own.noFeedback,
      layout: own.layout,
      avatarUser: own.avatarUser,
      avatarAssistant: own.avatarAssistant,
      examples: own.examples ?? [],
      inlineMath: own.inlineMath,
      disabled: false,
      maxMarkdownLength: own.maxMarkdownLength,
      maxUnbrokenRun: own.maxUnbrokenRun,
      images: imagePolicy(own.imageSources, document.baseURI),
    };
  }
  const {view, settings} = controller;
  return {
    messages: view.messages,
    status: view.status,
    streamingIndex: view.streamingIndex,
    plainText: settings.plainText,
    likeUserMessage: settings.likeUserMessage,
    noFeedback: settings.noFeedback,
    layout: settings.layout,
    avatarUser: settings.avatarUser,
    avatarAssistant: settings.avatarAssistant,
    examples: settings.examples,
    inlineMath: settings.inlineMath || own.inlineMath,
    disabled: settings.disabled,
    maxMarkdownLength: settings.maxMarkdownLength ?? own.maxMarkdownLength,
    maxUnbrokenRun: settings.maxUnbrokenRun ?? own.maxUnbrokenRun,
    images: imagePolicy(settings.imageSources ?? own.imageSources, document.baseURI),
  };
}

/** A reply is on its way. */
export const isBusy = (settings: ListSettings): boolean => settings.status === 'waiting' || settings.status === 'streaming';
