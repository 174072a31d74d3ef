/**
 * The template of a file message: an image (opens full size on click), an
 * audio or video player, or a download chip with name, type and size. A URL
 * that is not safe renders as the file's name in plain, inert text.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {FileData} from '../../core/types.js';
import {formatString, type ChatStrings} from '../../strings.js';
import {fileKind, fileName, fileTypeLabel, normalizeFile, realFileType} from '../../render/media.js';
import {formatFileSize} from '../../core/files.js';
import {downloadFileName, isActiveFile} from '../../render/file-names.js';
import {safeUrl} from '../../render/urls.js';
import {hostOf, imageAllowed, type ImagePolicy} from '../../render/image-policy.js';
import {icon} from '../icons/icon.js';
import type {ViewedImage} from './image-viewer.js';

/** Where file images may load from (`image-sources`), and the blocked URLs the user chose to load. */
export interface FileImages {
  policy: ImagePolicy;
  loaded: ReadonlySet<string>;
  load: (url: string) => void;
}

export function renderFile(
  content: FileData,
  strings: ChatStrings,
  openImage: (image: ViewedImage, opener: HTMLElement) => void,
  images?: FileImages,
): TemplateResult {
  const file = normalizeFile(content);
  const name = fileName(file, strings.file);
  const kind = fileKind(file);
  const url = safeUrl(file.url, kind === 'file' ? 'link' : 'media');
  if (url === undefined) return html`<span class="file-inert">${name}</span>`;
  if (kind !== 'file' && images && !imageAllowed(url, images.policy) && !images.loaded.has(url)) {
    return renderPlaceholder(url, kind === 'image' ? strings.loadImage : strings.loadMedia, images);
  }

  switch (kind) {
    case 'image': {
      const alt = file.alt_text || file.name || strings.image;
      return html`<button
        type="button"
        class="image-button"
        @click=${(event: Event) => openImage({url, alt}, event.currentTarget as HTMLElement)}
      >
        <img class="file-image" src=${url} alt=${alt} loading="lazy" referrerpolicy="no-referrer" />
      </button>`;
    }
    case 'audio':
      return html`<audio
        class="file-audio"
        referrerpolicy="no-referrer"
        controls
        preload="metadata"
        src=${url}
        aria-label=${file.alt_text || name}
      ></audio>`;
    case 'video':
      return html`<video
        class="file-video"
        referrerpolicy="no-referrer"
        controls
        preload="metadata"
        src=${url}
        aria-label=${file.alt_text || name}
      ></video>`;
    default:
      return renderDownload(file, name, url, strings);
  }
}

/** A file image (or player) from a host `image-sources` does not allow: a button that loads it. */
function renderPlaceholder(url: string, label: string, images: FileImages): TemplateResult {
  return html`<button type="button" part="image-placeholder" class="image-placeholder" @click=${() => images.load(url)}>
    ${formatString(label, {host: hostOf(url, document.baseURI)})}
  </button>`;
}

/**
 * A download chip. It saves under a name whose extension matches the real
 * type; an active file (HTML, SVG, XML, executable) also shows a warning and
 * gets no `target`, so a click saves it rather than opening it in a tab.
 */
function renderDownload(file: FileData, name: string, url: string, strings: ChatStrings): TemplateResult {
  const realType = realFileType(file);
  const saveAs = downloadFileName(name, realType);
  const type = /\.([a-z0-9]+)$/i.exec(saveAs)?.[1]?.toUpperCase() ?? fileTypeLabel(file);
  const size = file.size === undefined ? '' : formatFileSize(file.size);
  const active = isActiveFile(saveAs, realType);
  const warning = active ? strings.activeFileWarning : '';
  const label = [formatString(strings.download, {name: saveAs}), type, size, warning].filter(Boolean).join(', ');
  return html`<a
    class="file-chip"
    href=${url}
    target=${active ? nothing : '_blank'}
    rel="noopener noreferrer"
    download=${saveAs}
    aria-label=${label}
  >
    ${icon('file')}
    <span class="file-name">${saveAs}</span>
    <span class="file-meta">${[type, size].filter(Boolean).join(' · ')}</span>
    ${active ? html`<span class="file-warning" part="file-warning">${warning}</span>` : nothing}
  </a>`;
}
