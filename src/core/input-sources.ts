import type {InputSource} from './controller/controller-types.js';

const knownSources = new Set<InputSource>(['upload', 'microphone']);

/**
 * Reads `sources`, a space (or comma) list of `upload` and `microphone`;
 * unknown names are left out. No attribute (null) gives the default,
 * `upload`; an empty list gives none: a text-only input.
 */
export function parseSources(value: string | null | undefined): InputSource[] {
  if (value === null || value === undefined) return ['upload'];
  return value.split(/[\s,]+/).filter((source): source is InputSource => knownSources.has(source as InputSource));
}
