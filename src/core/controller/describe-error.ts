import type {ChatError} from '../errors.js';
import type {LimitError} from '../limits.js';
import {formatString} from '../format-string.js';
import type {ChatStrings} from '../../strings.js';

/**
 * Words a failed or stopped reply for the user. A server that said why is
 * quoted (as text, never HTML); every other failure uses the page's strings.
 */
export function describeError(error: ChatError | 'stopped', strings: ChatStrings, timeoutMs: number): string {
  if (error === 'stopped') return strings.errorStopped;
  let text: string;
  switch (error.code) {
    case 'network':
      text = strings.errorNetwork;
      break;
    case 'load':
      text = strings.errorLoad;
      break;
    case 'dropped':
      text = strings.errorDropped;
      break;
    case 'empty':
      text = strings.errorEmpty;
      break;
    case 'format':
      text = strings.errorFormat;
      break;
    case 'timeout':
      text = formatString(strings.errorTimeout, {seconds: Math.max(1, Math.round(timeoutMs / 1000))});
      break;
    case 'http':
      text = formatString(strings.errorHttp, {status: error.status ?? '?'});
      break;
    case 'limit': {
      const {limit, max} = error as LimitError;
      text = formatString(strings.errorLimit, {limit, max});
      break;
    }
    default:
      text = error.message || strings.errorServer;
  }
  if (error.retryAfter !== undefined) {
    // A server's own words may end without a full stop: add one before the hint.
    const separator = /[.!?…]$/.test(text.trim()) ? ' ' : '. ';
    text = text.trim() + separator + formatString(strings.errorRetryAfter, {seconds: Math.ceil(error.retryAfter)});
  }
  return text;
}
