// Console output in tests: what the widget warned about while a test ran.

/** Records the console.warn calls made while `run` runs. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
