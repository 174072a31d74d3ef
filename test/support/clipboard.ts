/** Replaces navigator.clipboard for one test (the copy path calls its writeText); returns what was written. */
export function stubClipboard(): {writes: string[]; restore: () => void} {
  const writes: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {writeText: async (text: string) => void writes.push(text)},
  });
  return {writes, restore: () => delete (navigator as unknown as Record<string, unknown>).clipboard};
}
