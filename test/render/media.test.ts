import {expect} from '@open-wc/testing';
import {fileKind, fileName, fileTypeLabel, normalizeFile} from '../../src/render/media.js';
import {formatFileSize} from '../../src/core/files.js';
import type {FileData} from '../../src/core/types.js';

describe('file messages', () => {
  it('chooses the kind by mime_type first', () => {
    expect(fileKind({url: '/x', mime_type: 'image/png'})).to.equal('image');
    expect(fileKind({url: '/x.png', mime_type: 'audio/mpeg'})).to.equal('audio');
    expect(fileKind({url: '/x', mime_type: 'video/webm'})).to.equal('video');
    expect(fileKind({url: '/x.png', mime_type: 'application/pdf'})).to.equal('file');
  });

  it('falls back to the extension of the name or the URL path', () => {
    expect(fileKind({url: '/files/cat.JPG?size=2#top'})).to.equal('image');
    expect(fileKind({url: '/files/blob', name: 'song.mp3'})).to.equal('audio');
    expect(fileKind({url: 'https://x/clip.webm'})).to.equal('video');
    expect(fileKind({url: 'https://x/report.pdf'})).to.equal('file');
    expect(fileKind({url: '/x.png', mime_type: 'application/octet-stream'})).to.equal('image');
  });

  it('reads the media type of a data: URL', () => {
    expect(fileKind({url: 'data:image/png;base64,AAAA'})).to.equal('image');
    expect(fileKind({url: 'data:audio/wav;base64,AAAA'})).to.equal('audio');
  });

  it('accepts path as an alias of url', () => {
    const file = normalizeFile({path: '/tmp/a.png'} as unknown as FileData);
    expect(file.url).to.equal('/tmp/a.png');
    expect(normalizeFile({url: '/b.png'}).url).to.equal('/b.png');
  });

  it('names a file by name, else by the last segment of its URL', () => {
    expect(fileName({url: '/a/b/report%20final.pdf?x=1'}, 'File')).to.equal('report final.pdf');
    expect(fileName({url: '/a.pdf', name: 'Mine.pdf'}, 'File')).to.equal('Mine.pdf');
    expect(fileName({url: 'data:application/pdf;base64,AAAA'}, 'Datei')).to.equal('Datei');
  });

  it('labels the type and size of a download', () => {
    expect(fileTypeLabel({url: '/a/report.pdf'})).to.equal('PDF');
    expect(fileTypeLabel({url: '/a/x', mime_type: 'application/zip'})).to.equal('ZIP');
    // The one size format (core/files.ts), SI units as in the textbox.
    expect(formatFileSize(512)).to.equal('512 B');
    expect(formatFileSize(1_500_000)).to.equal('1.5 MB');
    expect(formatFileSize(-1)).to.equal('');
  });
});
