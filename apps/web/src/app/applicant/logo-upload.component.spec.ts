import { logoFileError } from './logo-upload.component';

describe('logoFileError', () => {
  it('accepts PNG and JPEG up to 2 MB', () => {
    expect(logoFileError({ type: 'image/png', size: 1000 })).toBeNull();
    expect(logoFileError({ type: 'image/jpeg', size: 2 * 1024 * 1024 })).toBeNull();
  });

  it('refuses other types, SVG included, and larger files', () => {
    expect(logoFileError({ type: 'image/svg+xml', size: 10 })).toEqual({ key: 'validation.fileType' });
    expect(logoFileError({ type: 'image/png', size: 2 * 1024 * 1024 + 1 })).toEqual({
      key: 'validation.fileTooLarge',
      params: { max: 2 },
    });
  });
});
