import { editorKey } from './editor-keys';

const key = (key: string, extra: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...extra });

describe('editorKey', () => {
  it('moves the selection by half a metre, with Shift by a metre', () => {
    expect(editorKey(key('ArrowDown'), true)).toEqual({ move: [0, 0.5] });
    expect(editorKey(key('ArrowLeft', { shiftKey: true }), true)).toEqual({ move: [-1, 0] });
  });

  it('leaves arrows and +/- to the drawing (pan and zoom) when nothing is selected', () => {
    expect(editorKey(key('ArrowDown'), false)).toBeNull();
    expect(editorKey(key('+'), false)).toBeNull();
    expect(editorKey(key('r'), false)).toBeNull();
  });

  it('knows undo, redo, rotate, remove and escape', () => {
    expect(editorKey(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(editorKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(editorKey(key('y', { metaKey: true }), false)).toBe('redo');
    expect(editorKey(key('R'), true)).toBe('rotate');
    expect(editorKey(key('Delete'), true)).toBe('remove');
    expect(editorKey(key('Escape'), false)).toBe('escape');
  });
});
