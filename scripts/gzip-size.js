// How this project counts the download cost of a file: gzip at level 9, as
// a static host or CDN that compresses ahead of time serves it. One
// definition for the bench and the byte-budget tests.
import {gzipSync} from 'node:zlib';

/** The gzip size of `content` (a Buffer or string), in bytes. */
export function gzipSize(content) {
  return gzipSync(content, {level: 9}).length;
}
