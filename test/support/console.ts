// Console output in tests: what the widget warned about while a test ran.

/**
 * Records the console.warn calls made while `run` runs. `run` gets the list
 * as it fills, so it can wait for a warning instead of sleeping.
 */
export async function warningsDuring(run: (seen: readonly string[]) => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run(seen);
  } finally {
    console.warn = original;
  }
  return seen;
}
