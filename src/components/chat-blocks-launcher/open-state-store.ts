/**
 * Keeps whether the launcher's panel is open, and how many replies are
 * unread, in the same Web Storage as the history (`persist`), so a
 * multi-page site keeps the chat open across navigations. Never throws:
 * storage that is missing, full or corrupt means nothing is kept.
 */
export interface LauncherState {
  open: boolean;
  unread: number;
}

export type PersistMode = 'none' | 'local' | 'session';

function storageOf(mode: string): Storage | undefined {
  try {
    if (mode === 'local') return globalThis.localStorage;
    if (mode === 'session') return globalThis.sessionStorage;
  } catch {
    // Storage refused (e.g. blocked third-party storage): nothing is kept.
  }
  return undefined;
}

/** The storage key of the launcher's state, beside the history's key. */
const stateKey = (key: string) => `${key || 'chat-blocks'}:launcher`;

export function loadLauncherState(mode: string, key: string): LauncherState | undefined {
  try {
    const raw = storageOf(mode)?.getItem(stateKey(key));
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Partial<LauncherState> | null;
    if (typeof data !== 'object' || data === null) return undefined;
    const unread = Number.isInteger(data.unread) && (data.unread as number) > 0 ? (data.unread as number) : 0;
    return {open: data.open === true, unread};
  } catch {
    return undefined;
  }
}

export function saveLauncherState(mode: string, key: string, state: LauncherState): void {
  try {
    storageOf(mode)?.setItem(stateKey(key), JSON.stringify(state));
  } catch {
    // Full or refused: the state is simply not kept.
  }
}
