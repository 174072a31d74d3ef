/**
 * What a textbox needs once files come: the attachments with their uploads
 * and previews, the checks that refuse files, worded for the user, and the
 * microphone. The textbox loads this module with the first file attached,
 * dropped or pasted, the first long paste or the first recording, so a chat
 * that only ever sends text never downloads it.
 */
import {formatFileSize} from '../../core/files.js';
import {validateFiles, type RefusedFile} from '../../core/file-rules.js';
import type {FileCount} from '../../core/controller/controller-types.js';
import {formatString, type ChatStrings} from '../../strings.js';

export {Attachments} from './attachments.js';
export {renderPreviews} from './previews.js';
export {Microphone} from './microphone.js';
export {renderRecording} from './recording-view.js';
export {attachingStyles} from './attaching.styles.js';

/** The rules a textbox checks files against. */
export interface FileChecks {
  fileTypes: readonly string[];
  maxFileSize: number;
  fileCount: FileCount;
}

/**
 * Sorts `files` into the ones to attach and, for the others, one line per
 * reason saying why they were refused. `already` files are attached.
 */
export function checkFiles(
  files: readonly File[],
  rules: FileChecks,
  already: number,
  strings: ChatStrings,
): {accepted: File[]; refusals: string[]} {
  const {accepted, refused} = validateFiles(files, {types: rules.fileTypes, maxSize: rules.maxFileSize, count: rules.fileCount, already});
  return {accepted, refusals: [...new Set(refused.map((entry) => refusal(entry, rules, strings)))]};
}

function refusal({file, reason}: RefusedFile, rules: FileChecks, strings: ChatStrings): string {
  const name = file.name;
  switch (reason) {
    case 'type':
      return formatString(strings.refusedType, {name});
    case 'size':
      return formatString(strings.refusedSize, {name, max: formatFileSize(rules.maxFileSize)});
    case 'count':
      return formatString(strings.refusedCount, {name, max: rules.fileCount === 'single' ? 1 : 0});
    case 'none':
      return strings.refusedNone;
  }
}
