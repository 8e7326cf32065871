import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FeatureKind, FloorFeature } from '@markt/shared';
import { ElementPropertiesComponent } from './element-properties.component';
import { EditorStand } from './plan-state';
import { testStand } from './plan-test-data';

const STAND: EditorStand = { ...testStand({ number: '7', x: 1, y: 1 }), key: 's1' };

function setup(input: { stand?: EditorStand; feature?: FloorFeature }) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  const fixture = TestBed.createComponent(ElementPropertiesComponent);
  if (input.stand) fixture.componentRef.setInput('stand', input.stand);
  if (input.feature) fixture.componentRef.setInput('feature', input.feature);
  fixture.detectChanges();
  const patches: unknown[] = [];
  fixture.componentInstance.standChange.subscribe((patch) => patches.push(patch));
  fixture.componentInstance.featureChange.subscribe((patch) => patches.push(patch));
  const element = fixture.nativeElement as HTMLElement;
  const type = (selector: string, value: string) => {
    const field = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    return field;
  };
  const enter = (field: Element) => {
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    field.dispatchEvent(event);
    return event;
  };
  return { element, patches, type, enter };
}

describe('ElementPropertiesComponent', () => {
  it('names every field of a stand by its label', () => {
    const { element } = setup({ stand: STAND });
    const label = (id: string) => element.querySelector(`label[for="${id}"]`)?.textContent?.trim();
    expect(
      ['number', 'x', 'y', 'width', 'depth', 'rotation', 'capacity', 'notes'].map((f) => label(`prop-${f}`)),
    ).toEqual([
      'Standnummer',
      'x (m von links)',
      'y (m von oben)',
      'Breite (m)',
      'Tiefe (m)',
      'Drehung',
      'Plätze',
      'Notizen',
    ]);
    const checkboxes = Array.from(element.querySelectorAll('mat-checkbox'), (box) => box.textContent?.trim());
    expect(checkboxes).toEqual(['Strom', 'Stufenlos erreichbar']);
  });

  it('applies a typed number on Enter as a trimmed patch, and a note only when it is left', () => {
    const { patches, type, enter } = setup({ stand: STAND });
    expect(enter(type('#prop-number', ' 7a ')).defaultPrevented).toBe(true);
    expect(patches).toEqual([expect.objectContaining({ number: '7a', notes: undefined })]);
    const notes = type('#prop-notes', 'Steckdose hinten');
    expect(enter(notes).defaultPrevented).toBe(false);
    expect(patches).toHaveLength(1);
    notes.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(patches[1]).toEqual(expect.objectContaining({ notes: 'Steckdose hinten' }));
  });

  it('keeps an invalid size to itself and applies a feature rotation at once', () => {
    const feature: FloorFeature = { id: 'f1', kind: FeatureKind.Wall, x: 0, y: 0, width: 5, depth: 0.2, rotation: 0 };
    const { element, patches, type, enter } = setup({ feature });
    enter(type('#prop-width', '0'));
    expect(patches).toEqual([]);
    type('#prop-width', '4');
    const rotation = element.querySelector('#prop-rotation') as HTMLSelectElement;
    rotation.selectedIndex = 1;
    rotation.dispatchEvent(new Event('change', { bubbles: true }));
    expect(patches).toEqual([expect.objectContaining({ width: 4, rotation: 90 })]);
  });
});
