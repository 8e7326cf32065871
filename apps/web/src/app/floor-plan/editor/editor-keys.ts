/** What a key on the focused drawing asks the editor to do. */
export type EditorKey = { move: [number, number] } | 'undo' | 'redo' | 'rotate' | 'remove' | 'escape';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Keys of the editor's drawing: arrows move the selection by 0.5 m (Shift: 1 m), R rotates, Delete
 * removes, Ctrl+Z/Ctrl+Y undo and redo, Esc ends outline drawing or the selection. Null: not an editor
 * key (the drawing may still use it to zoom or pan).
 */
export function editorKey(event: KeyboardEvent, hasSelection: boolean): EditorKey | null {
  const key = event.key.toLowerCase();
  const ctrl = event.ctrlKey || event.metaKey;
  const arrow = ARROWS[event.key];
  if (arrow && hasSelection && !ctrl) {
    const step = event.shiftKey ? 1 : 0.5;
    return { move: [arrow[0] * step, arrow[1] * step] };
  }
  if (ctrl && key === 'z' && !event.shiftKey) return 'undo';
  if (ctrl && (key === 'y' || (key === 'z' && event.shiftKey))) return 'redo';
  if (!hasSelection || ctrl) return event.key === 'Escape' ? 'escape' : null;
  if (key === 'r') return 'rotate';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'remove';
  return event.key === 'Escape' ? 'escape' : null;
}
