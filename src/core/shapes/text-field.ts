/**
 * The value at a dot path (`choices.0.delta.content`) in parsed JSON: each
 * segment is an own property, or an index into a list. Undefined when the
 * path leads nowhere.
 */
export function valueAt(json: unknown, path: string): unknown {
  let value = json;
  for (const segment of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(segment)) return undefined;
      value = value[Number(segment)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}
