/**
 * `image-sources` read into a policy: which origins a message's images may
 * be loaded from (`image-policy.ts` applies it to rendered messages).
 */

/** Images from everywhere, or from `origins` only (`data:` and `blob:` URLs load nothing over the network and are always shown). */
export type ImagePolicy = {readonly all: true} | {readonly all: false; readonly origins: ReadonlySet<string>; readonly base: string};

export const allImages: ImagePolicy = {all: true};

const policies = new Map<string, ImagePolicy>();

/**
 * The policy an `image-sources` value names: `all` (or nothing), `none`,
 * `same-origin`, or origins separated by spaces or commas (`same-origin`
 * may be one of them). `base` is the page's address: what `same-origin`
 * and relative URLs are resolved against. The same value gives the same
 * object, so rendered messages can tell whether it changed.
 */
export function imagePolicy(value: string | undefined, base: string): ImagePolicy {
  const words = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.includes('all')) return allImages;
  const key = `${base} ${words.join(' ')}`;
  let policy = policies.get(key);
  if (!policy) {
    const origins = new Set<string>();
    for (const word of words) {
      const origin = word === 'same-origin' ? originOf(base, base) : word === 'none' ? undefined : originOf(word, undefined);
      if (origin) origins.add(origin);
      else if (word !== 'none')
        console.warn(`chat-blocks: image-sources ignores "${word}", which is not an origin (like https://images.example)`);
    }
    policy = {all: false, origins, base};
    policies.set(key, policy);
  }
  return policy;
}

/** The origin of `url` (resolved against `base`), or undefined when it has none. */
export function originOf(url: string, base: string | undefined): string | undefined {
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
