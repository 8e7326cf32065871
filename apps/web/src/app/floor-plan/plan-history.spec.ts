import { History } from './plan-history';

describe('History', () => {
  it('undoes and redoes committed steps', () => {
    const history = new History({ n: 0 });
    history.commit({ n: 1 });
    history.commit({ n: 2 });
    history.undo();
    expect(history.present()).toEqual({ n: 1 });
    history.undo();
    expect(history.present()).toEqual({ n: 0 });
    expect(history.canUndo()).toBe(false);
    history.redo();
    expect(history.present()).toEqual({ n: 1 });
    expect(history.canRedo()).toBe(true);
  });

  it('drops the redo steps after a new edit', () => {
    const history = new History(0);
    history.commit(1);
    history.undo();
    history.commit(2);
    expect(history.canRedo()).toBe(false);
    expect(history.present()).toBe(2);
  });

  it('makes one undo step of a whole drag', () => {
    const history = new History(0);
    history.preview(1);
    history.preview(2);
    history.preview(3);
    // the drawing follows the drag; tables and lists wait for its end
    expect(history.present()).toBe(3);
    expect(history.settled()).toBe(0);
    history.endPreview();
    expect(history.settled()).toBe(3);
    expect(history.present()).toBe(3);
    history.undo();
    expect(history.present()).toBe(0);
  });

  it('is dirty after an edit and clean again after undoing it or a reset', () => {
    const history = new History('a');
    expect(history.dirty()).toBe(false);
    history.commit('b');
    expect(history.dirty()).toBe(true);
    history.undo();
    expect(history.dirty()).toBe(false);
    history.commit('c');
    history.reset('d');
    expect(history.dirty()).toBe(false);
    expect(history.canUndo()).toBe(false);
  });
});
