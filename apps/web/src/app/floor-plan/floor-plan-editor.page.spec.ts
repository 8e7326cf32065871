import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { FloorPlanDto } from '@markt/shared';
import { FloorPlanEditorPage } from './floor-plan-editor.page';
import { testStand } from './plan-test-data';

const PLAN: FloorPlanDto = {
  eventId: 'e1',
  width: 30,
  depth: 20,
  features: [],
  stands: [{ ...testStand({ x: 1, y: 1, depth: 2 }), id: 's1' }],
  version: 3,
  updatedAt: null,
};

async function setup() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideNoopAnimations(),
    ],
  });
  const fixture = TestBed.createComponent(FloorPlanEditorPage);
  fixture.componentRef.setInput('id', 'e1');
  fixture.detectChanges();
  const http = TestBed.inject(HttpTestingController);
  TestBed.tick();
  http.expectOne('/api/events/e1/floor-plan').flush(PLAN);
  http.match('/api/events/e1').forEach((r) => r.flush({ id: 'e1', title: 'Integrationskonferenz 2027' }));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  const rows = () =>
    Array.from(element.querySelectorAll('#fp-elements option'))
      .map((o) => o.textContent?.trim())
      .filter((t) => t?.startsWith('Stand'));
  /** Chooses an element in the side panel's list, as the keyboard does. */
  const choose = async (value: string) => {
    const list = element.querySelector<HTMLSelectElement>('#fp-elements')!;
    list.value = value;
    list.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  return { fixture, element, http, button, rows, choose, page: fixture.componentInstance };
}

describe('FloorPlanEditorPage', () => {
  it('loads the plan, adds a 2 × 2 m stand and asks before leaving with it unsaved', async () => {
    const { fixture, button, rows, page } = await setup();
    expect(page.hasUnsavedChanges()).toBe(false);
    button('Stand hinzufügen').click();
    await fixture.whenStable();
    expect(rows()).toEqual(['Stand 1: 2 × 2 m bei x 1, y 1', 'Stand 2: 2 × 2 m bei x 3,5, y 1']);
    expect(page.hasUnsavedChanges()).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
  });

  it('enables each toolbar button when it can be used, and shows the outline buttons while one is drawn', async () => {
    const { fixture, button, choose } = await setup();
    const enabled = (...names: string[]) => names.map((name) => !button(name).disabled);
    const selectionAndHistory = ['Duplizieren', 'Drehen (90°)', 'Löschen', 'Rückgängig', 'Wiederherstellen'];
    expect(enabled(...selectionAndHistory)).toEqual([false, false, false, false, false]);
    await choose('stand:s1');
    button('Drehen (90°)').click();
    await fixture.whenStable();
    expect(enabled(...selectionAndHistory)).toEqual([true, true, true, true, false]);
    button('Umriss zeichnen').click();
    await fixture.whenStable();
    expect(button('Umriss zeichnen')).toBeUndefined();
    expect(enabled('Umriss übernehmen', 'Abbrechen', 'Duplizieren')).toEqual([false, true, false]);
  });

  it('duplicates a stand beside it, not on top of it', async () => {
    const { fixture, button, rows, choose } = await setup();
    await choose('stand:s1');
    button('Duplizieren').click();
    await fixture.whenStable();
    expect(rows()[1]).toMatch(/^Stand 2: 2 × 2 m bei x (3|1), y (1|3)$/);
  });

  it('keeps a typed coordinate when the drawing is clicked before the field is left', async () => {
    const { fixture, element, rows, choose } = await setup();
    await choose('stand:s1');
    const x = element.querySelectorAll<HTMLInputElement>('app-element-properties input[type="number"]')[0];
    x.focus();
    x.value = '6';
    x.dispatchEvent(new Event('input'));
    // a click on the empty room: the selection goes, the typed value stays
    element.querySelector('polygon.room')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, button: 0 }));
    await fixture.whenStable();
    expect(rows()[0]).toBe('Stand 1: 2 × 2 m bei x 6, y 1');
    expect(element.querySelector('app-room-properties')).not.toBeNull();
  });

  it('applies a typed value on Enter', async () => {
    const { fixture, element, rows, choose } = await setup();
    await choose('stand:s1');
    const y = element.querySelectorAll<HTMLInputElement>('app-element-properties input[type="number"]')[1];
    y.value = '4.5';
    y.dispatchEvent(new Event('input'));
    y.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await fixture.whenStable();
    expect(rows()[0]).toBe('Stand 1: 2 × 2 m bei x 1, y 4,5');
  });
});
