/**
 * The file settings as attributes give them (`file-types`,
 * `max-file-size`) and sizes as people read them: what an empty widget
 * needs. Checking files (`file-rules.ts`) and reading them inline
 * (`inline-files.ts`) load with the first file.
 */

/** The `file-types` categories, as Gradio names them. */
export const fileCategories: Record<string, string> = {
  image: 'image/*',
  audio: 'audio/*',
  video: 'video/*',
  text: 'text/*',
};

/** Splits a `file-types` attribute (`"image, .pdf, audio/*"`) into lower-case entries. */
export function parseFileTypes(attribute: string | null | undefined): string[] {
  if (!attribute) return [];
  return attribute
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** The `accept` attribute of a file input for `types` (empty: any file). */
export function acceptAttribute(types: readonly string[]): string {
  return types.map((entry) => fileCategories[entry] ?? entry).join(',');
}

const sizeUnits: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1000,
  kb: 1000,
  kib: 1024,
  m: 1000 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1000 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/**
 * Reads `max-file-size`: a number of bytes, or a number with a unit
 * (`10MB`, `1.5 kB`, `512KiB`, any case). `KB`, `MB` and `GB` are SI
 * units (powers of 1000, as browsers and `formatFileSize` show sizes);
 * `KiB`, `MiB`, `GiB` count in powers of 1024.
 * Empty, missing or unreadable values give `Infinity`: no limit (an element
 * attribute must not throw); use `isFileSize` to tell a typo from no value.
 */
export function parseFileSize(value: string | number | null | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : Infinity;
  if (!value) return Infinity;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? sizeUnits[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) return Infinity;
  return Math.floor(Number(match[1]) * unit);
}

/** True when `value` is a size `parseFileSize` understands. */
export function isFileSize(value: string | number): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return Number.isFinite(parseFileSize(value));
}

/**
 * A size for people: `512 B`, `1.5 KB`, `10 MB`, in SI units (powers of
 * 1000, as browsers show sizes). The one size format of the widget: the
 * textbox's attachments and the list's sent files both use it.
 */
export function formatFileSize(bytes: number): string {
  if (Number.isNaN(bytes) || bytes < 0) return '';
  if (!Number.isFinite(bytes)) return '∞';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || size >= 10 ? 0 : 1;
  return `${Number(size.toFixed(digits))} ${units[unit]}`;
}
