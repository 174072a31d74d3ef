// WCAG contrast of rendered colours, read from computed styles.

type Rgba = [number, number, number, number];

/** Parses a computed colour: `rgb()`, `rgba()` or `color(srgb …)` (what `color-mix()` computes to). */
export function parseColour(value: string): Rgba {
  const rgb = value.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const [r, g, b, a = '1'] = rgb[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
  if (srgb) {
    const [r, g, b, a = '1'] = srgb[1].split(/[\s/]+/).filter(Boolean);
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  throw new Error(`unexpected colour ${value}`);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The parent in the flat tree: through slots and out of shadow roots. */
function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The opaque colour painted behind `element`: its own and its ancestors' backgrounds, composited. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Contrast ratio of a colour (composited on `background`) against `background`. */
export function contrast(foreground: string | Rgba, background: Rgba): number {
  const fg = over(typeof foreground === 'string' ? parseColour(foreground) : foreground, background);
  const [hi, lo] = [luminance(fg), luminance(background)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
