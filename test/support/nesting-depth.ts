/** How deep elements matching `selector` nest inside each other under `root` (a blockquote in a blockquote: 2). */
export function depthOf(root: ParentNode, selector: string): number {
  let deepest = 0;
  for (const element of root.querySelectorAll(selector)) {
    let depth = 0;
    for (let node: Element | null = element; node; node = node.parentElement?.closest(selector) ?? null) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
