import {expect} from '@open-wc/testing';
import {isLocalUrl, safeUrl} from '../../src/render/urls.js';

describe('safeUrl', () => {
  it('keeps http(s), blob: and relative URLs for media and links', () => {
    for (const url of [
      'https://example.com/a.png',
      'http://example.com/a.png',
      'blob:https://example.com/1234-5678',
      '/files/a.png',
      'files/a.png',
      './a.png',
      '../a.png',
      '//cdn.example.com/a.png',
      '?file=1',
    ]) {
      expect(safeUrl(url, 'media'), url).to.equal(url);
      expect(safeUrl(url, 'link'), url).to.equal(url);
    }
  });

  it('keeps data: URLs of raster images, audio and video', () => {
    for (const url of [
      'data:image/png;base64,iVBORw0KGgo=',
      'data:image/jpeg;base64,AAAA',
      'data:image/webp;base64,AAAA',
      'data:audio/wav;base64,UklGRg==',
      'data:audio/mpeg;base64,AAAA',
      'data:video/mp4;base64,AAAA',
      'DATA:IMAGE/PNG;base64,AAAA',
    ]) {
      expect(safeUrl(url, 'media'), url).to.equal(url);
    }
  });

  it('refuses script URLs however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'jav\rascript:alert(1)',
      'vbscript:msgbox(1)',
      'livescript:x',
    ]) {
      expect(safeUrl(url, 'media'), JSON.stringify(url)).to.equal(undefined);
      expect(safeUrl(url, 'link'), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses data: URLs that are documents, SVG or not media at all', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'data:IMAGE/SVG+XML;base64,AAAA',
      'data:application/javascript,alert(1)',
      'data:,hello',
      'data:;base64,AAAA',
      'data:application/xhtml+xml,<x/>',
      'data:text/xml,<x/>',
    ]) {
      expect(safeUrl(url, 'media'), url).to.equal(undefined);
      expect(safeUrl(url, 'link'), url).to.equal(undefined);
    }
  });

  it('refuses other schemes, and allows mailto: and tel: only as links', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'chrome://settings', 'about:blank', 'x:y']) {
      expect(safeUrl(url, 'media'), url).to.equal(undefined);
      expect(safeUrl(url, 'link'), url).to.equal(undefined);
    }
    expect(safeUrl('mailto:a@example.com', 'link')).to.equal('mailto:a@example.com');
    expect(safeUrl('tel:+123', 'link')).to.equal('tel:+123');
    expect(safeUrl('mailto:a@example.com', 'media')).to.equal(undefined);
  });

  it('refuses what is not a non-empty string', () => {
    expect(safeUrl('', 'media')).to.equal(undefined);
    expect(safeUrl('   ', 'media')).to.equal(undefined);
    expect(safeUrl(undefined, 'media')).to.equal(undefined);
    expect(safeUrl(42, 'link')).to.equal(undefined);
  });

  it('returns the URL as the browser reads it (no tabs or newlines, trimmed)', () => {
    expect(safeUrl('  https://exa\tmple.com/a.png \n', 'media')).to.equal('https://example.com/a.png');
  });

  it('tells same-origin file URLs (blob:, data:) apart', () => {
    expect(isLocalUrl('blob:https://x/1')).to.equal(true);
    expect(isLocalUrl('data:image/png;base64,AA')).to.equal(true);
    expect(isLocalUrl('https://x/a.png')).to.equal(false);
    expect(isLocalUrl('/a.png')).to.equal(false);
  });
});
