export {isObject} from '../is-object.js';

/** True for a non-empty string. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
