import { ElementRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AssignmentStore } from './assignment.store';
import { StandChooser } from './stand-chooser';

function setup(placed: boolean) {
  const store = { say: jest.fn(), place: jest.fn(async () => placed), name: () => 'Verein A' };
  TestBed.configureTestingModule({
    providers: [
      { provide: AssignmentStore, useValue: store },
      { provide: ElementRef, useValue: new ElementRef(document.createElement('div')) },
    ],
  });
  return { store, chooser: TestBed.runInInjectionContext(() => new StandChooser()) };
}

describe('StandChooser', () => {
  it('asks for a stand first when none is chosen', async () => {
    const { store, chooser } = setup(true);
    expect(await chooser.placeChosen('a')).toBe(false);
    expect(store.say).toHaveBeenCalledWith({ key: 'assign.chooseFirst', error: true });
    expect(store.place).not.toHaveBeenCalled();
  });

  it('places the project on the stand chosen for it and then forgets only that choice', async () => {
    const { store, chooser } = setup(true);
    chooser.choose('a', 's2');
    chooser.choose('b', 's3');
    expect(await chooser.placeChosen('a')).toBe(true);
    expect(store.place).toHaveBeenCalledWith('s2', 'a');
    expect(chooser.chosen()).toEqual({ b: 's3' });
  });

  it('keeps the choice when placing fails or is cancelled', async () => {
    const { chooser } = setup(false);
    chooser.choose('a', 's2');
    expect(await chooser.placeChosen('a')).toBe(false);
    expect(chooser.chosen()).toEqual({ a: 's2' });
  });
});
