import {expect} from '@open-wc/testing';
import {acceptAttribute, formatFileSize, isFileSize, parseFileSize, parseFileTypes} from '../../src/core/files.js';
import {fileType, matchesFileTypes, validateFiles} from '../../src/core/file-rules.js';
import {INLINE_WARNING_BYTES, fileToFileData} from '../../src/core/inline-files.js';

const file = (name: string, type = '', size = 3) => new File(['x'.repeat(size)], name, {type});

describe('parseFileTypes', () => {
  it('splits a comma list into lower-case entries', () => {
    expect(parseFileTypes('image, .PDF,audio/*')).to.deep.equal(['image', '.pdf', 'audio/*']);
  });
  it('gives an empty list for nothing', () => {
    expect(parseFileTypes('')).to.deep.equal([]);
    expect(parseFileTypes(null)).to.deep.equal([]);
    expect(parseFileTypes(' , ')).to.deep.equal([]);
  });
});

describe('matchesFileTypes', () => {
  it('accepts everything with an empty list', () => {
    expect(matchesFileTypes(file('a.bin', 'application/x-thing'), [])).to.be.true;
  });
  it('matches the categories by MIME type', () => {
    expect(matchesFileTypes(file('a.png', 'image/png'), ['image'])).to.be.true;
    expect(matchesFileTypes(file('a.mp3', 'audio/mpeg'), ['audio'])).to.be.true;
    expect(matchesFileTypes(file('a.mp4', 'video/mp4'), ['video'])).to.be.true;
    expect(matchesFileTypes(file('a.txt', 'text/plain'), ['text'])).to.be.true;
    expect(matchesFileTypes(file('a.png', 'image/png'), ['audio', 'text'])).to.be.false;
  });
  it('matches MIME types exactly and with wildcards', () => {
    expect(matchesFileTypes(file('a.pdf', 'application/pdf'), ['application/pdf'])).to.be.true;
    expect(matchesFileTypes(file('a.json', 'application/json'), ['application/pdf'])).to.be.false;
    expect(matchesFileTypes(file('a.webp', 'image/webp'), ['image/*'])).to.be.true;
    expect(matchesFileTypes(file('a.webm', 'video/webm'), ['image/*'])).to.be.false;
    expect(matchesFileTypes(file('a.webm', 'video/webm'), ['*'])).to.be.true;
    expect(matchesFileTypes(file('a.txt', 'text/plain;charset=utf-8'), ['text/plain'])).to.be.true;
  });
  it('matches extensions whatever their case', () => {
    expect(matchesFileTypes(file('Report.PDF', ''), ['.pdf'])).to.be.true;
    expect(matchesFileTypes(file('report.pdf', ''), ['.PDF'])).to.be.true;
    expect(matchesFileTypes(file('archive.tar.gz', ''), ['.tar.gz'])).to.be.true;
    expect(matchesFileTypes(file('pdf', ''), ['.pdf'])).to.be.false;
  });
  it('guesses the type from the name when the browser gave none', () => {
    expect(fileType(file('photo.JPG'))).to.equal('image/jpeg');
    expect(matchesFileTypes(file('photo.jpg'), ['image'])).to.be.true;
    expect(matchesFileTypes(file('mystery'), ['image'])).to.be.false;
  });
});

describe('acceptAttribute', () => {
  it('turns categories into MIME wildcards for <input accept>', () => {
    expect(acceptAttribute(['image', 'text', '.pdf', 'application/json'])).to.equal('image/*,text/*,.pdf,application/json');
    expect(acceptAttribute([])).to.equal('');
  });
});

describe('parseFileSize', () => {
  it('reads bytes', () => {
    expect(parseFileSize(1234)).to.equal(1234);
    expect(parseFileSize('1234')).to.equal(1234);
    expect(parseFileSize('10 B')).to.equal(10);
  });
  it('reads SI units (KB, MB, GB: powers of 1000) and binary ones (KiB, MiB, GiB), any case, with or without a space', () => {
    expect(parseFileSize('10MB')).to.equal(10_000_000);
    expect(parseFileSize('1.5 kB')).to.equal(1500);
    expect(parseFileSize('512KiB')).to.equal(512 * 1024);
    expect(parseFileSize('2gb')).to.equal(2 * 1000 ** 3);
    expect(parseFileSize('2GiB')).to.equal(2 * 1024 ** 3);
    expect(parseFileSize(' 3 m ')).to.equal(3 * 1000 ** 2);
  });
  it('gives Infinity (no limit) for nothing or nonsense', () => {
    expect(parseFileSize('')).to.equal(Infinity);
    expect(parseFileSize(undefined)).to.equal(Infinity);
    expect(parseFileSize('ten megabytes')).to.equal(Infinity);
    expect(parseFileSize('10XB')).to.equal(Infinity);
    expect(parseFileSize(-5)).to.equal(Infinity);
    expect(isFileSize('10XB')).to.be.false;
    expect(isFileSize('10MB')).to.be.true;
  });
});

describe('formatFileSize', () => {
  it('writes sizes for people', () => {
    expect(formatFileSize(512)).to.equal('512 B');
    expect(formatFileSize(1500)).to.equal('1.5 KB');
    expect(formatFileSize(1_500_000)).to.equal('1.5 MB');
    expect(formatFileSize(10_000_000)).to.equal('10 MB');
    expect(formatFileSize(Infinity)).to.equal('∞');
    expect(formatFileSize(-1)).to.equal('');
    // Reads back what it writes.
    expect(parseFileSize(formatFileSize(1_500_000))).to.equal(1_500_000);
  });
});

describe('validateFiles', () => {
  it('accepts files that fit every rule', () => {
    const files = [file('a.png', 'image/png'), file('b.png', 'image/png')];
    const {accepted, refused} = validateFiles(files, {types: ['image'], maxSize: 10});
    expect(accepted).to.deep.equal(files);
    expect(refused).to.deep.equal([]);
  });
  it('refuses by type, then size, then count, keeping the others', () => {
    const wrongType = file('a.pdf', 'application/pdf');
    const tooBig = file('big.png', 'image/png', 20);
    const first = file('one.png', 'image/png');
    const second = file('two.png', 'image/png');
    const {accepted, refused} = validateFiles([wrongType, tooBig, first, second], {
      types: ['image'],
      maxSize: 10,
      count: 'single',
    });
    expect(accepted).to.deep.equal([first]);
    expect(refused.map(({file: refusedFile, reason}) => [refusedFile.name, reason])).to.deep.equal([
      ['a.pdf', 'type'],
      ['big.png', 'size'],
      ['two.png', 'count'],
    ]);
  });
  it('counts the files already attached', () => {
    const {accepted, refused} = validateFiles([file('a.txt')], {count: 'single', already: 1});
    expect(accepted).to.have.length(0);
    expect(refused[0]!.reason).to.equal('count');
    expect(validateFiles([file('a.txt')], {count: 'multiple', already: 50}).accepted).to.have.length(1);
  });
  it('refuses everything when no file is accepted', () => {
    const {accepted, refused} = validateFiles([file('a.txt')], {count: 'none'});
    expect(accepted).to.have.length(0);
    expect(refused[0]!.reason).to.equal('none');
  });
});

describe('fileToFileData', () => {
  it('makes a data: URL with type, name and size', async () => {
    const data = await fileToFileData(new File(['hello'], 'hello.txt', {type: 'text/plain'}));
    expect(data).to.deep.equal({
      url: `data:text/plain;base64,${btoa('hello')}`,
      mime_type: 'text/plain',
      name: 'hello.txt',
      size: 5,
    });
    expect(await (await fetch(data.url)).text()).to.equal('hello');
  });
  it('works for a Blob without a name or type', async () => {
    const data = await fileToFileData(new Blob([new Uint8Array([1, 2, 3])]));
    expect(data.name).to.equal(undefined);
    expect(data.mime_type).to.equal('application/octet-stream');
    expect(data.url.startsWith('data:application/octet-stream;base64,')).to.be.true;
    expect(data.size).to.equal(3);
  });
  it('uses the type guessed from the name', async () => {
    const data = await fileToFileData(new File(['{}'], 'a.json'));
    expect(data.mime_type).to.equal('application/json');
    expect(data.url.startsWith('data:application/json;base64,')).to.be.true;
  });
  it('warns in the console above the inline size', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await fileToFileData(new File(['small'], 'small.txt', {type: 'text/plain'}));
      expect(warnings).to.have.length(0);
      await fileToFileData(new File([new Uint8Array(INLINE_WARNING_BYTES + 1)], 'big.bin'));
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('big.bin').and.contain('upload-endpoint');
    } finally {
      console.warn = original;
    }
  });
});
