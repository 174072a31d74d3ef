/** Whether the chat's `headers` go with uploads: `same-origin` (the default) or `always`. */
export type UploadHeadersPolicy = 'same-origin' | 'always';

/**
 * The headers an upload to `endpoint` carries. The chat's `headers` often
 * hold an API key meant for the chat's own server: an `upload-endpoint` on
 * another origin (a storage service) gets them only when the page says
 * `upload-headers="always"`.
 */
export function headersForUpload(
  endpoint: string | undefined,
  headers: Record<string, string>,
  policy: UploadHeadersPolicy,
): Record<string, string> {
  if (policy === 'always' || !endpoint) return headers;
  let origin: string;
  try {
    origin = new URL(endpoint, document.baseURI).origin;
  } catch {
    return {};
  }
  return origin === location.origin ? headers : {};
}
