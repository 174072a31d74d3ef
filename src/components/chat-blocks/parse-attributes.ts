import type {ChatLayout, FileCount} from '../../context.js';

/** Attribute converters of `<chat-blocks>`: forgiving, and loud in the console when a value is wrong. */

export function parseHeaders(value: string | null): Record<string, string> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).map(([key, v]) => [key, String(v)]));
    }
  } catch {
    // Reported below.
  }
  console.error(`chat-blocks: the headers attribute must be a JSON object, got ${value}`);
  return {};
}

export function parseFileCount(value: string | null | undefined): FileCount {
  return value === 'single' || value === 'none' ? value : 'multiple';
}

export function parseLayout(value: string | null | undefined): ChatLayout {
  return value === 'panel' ? 'panel' : 'bubble';
}
