import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detect-type.js';
import { samplePdf, samplePng, sampleOfd, sampleZip } from '../../test/helpers/files.js';

describe('detectMediaType', () => {
  it('recognises PDF, PNG, JPEG and OFD by their bytes', () => {
    expect(detectMediaType(samplePdf()).type).toBe('application/pdf');
    expect(detectMediaType(samplePng()).type).toBe('image/png');
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])).type).toBe('image/jpeg');
    expect(detectMediaType(sampleOfd()).type).toBe('application/ofd');
  });

  it('refuses a ZIP that is not an OFD package, an executable and plain text', () => {
    expect(detectMediaType(sampleZip({ 'word/document.xml': '<w/>' }))).toEqual({ type: null, found: 'zip' });
    expect(detectMediaType(Buffer.from('MZ\x90\x00\x03', 'latin1'))).toEqual({ type: null, found: 'exe' });
    expect(detectMediaType(Buffer.from('hello world'))).toEqual({ type: null, found: 'unknown' });
  });
});
