import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FeatureKind } from '@markt/shared';
import { PlanViewComponent } from './plan-view.component';
import { APPLICATION_DRAG_TYPE, OutlineDraft, PlanLike } from './plan-view.model';
import { testStands } from './plan-view.testing';

const plan: PlanLike = {
  width: 12,
  depth: 8,
  features: [
    { id: 'door', kind: FeatureKind.Entrance, x: 5, y: 7.5, width: 2, depth: 0.5, rotation: 0 },
    { id: 'socket', kind: FeatureKind.PowerSocket, x: 1, y: 1, width: 0.5, depth: 0.5, rotation: 0 },
  ],
  stands: testStands(250, (i) => ({ x: (i % 5) * 2.5, y: Math.floor(i / 5) * 0.1 })),
};

/** Three corners drawn, not closed yet. */
const OPEN_OUTLINE: OutlineDraft = {
  points: [
    [0, 0],
    [12, 0],
    [12, 8],
  ],
  closed: false,
};

function setup(inputs: Record<string, unknown>) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  const fixture = TestBed.createComponent(PlanViewComponent);
  for (const [name, value] of Object.entries({ plan, ...inputs })) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, component: fixture.componentInstance };
}

describe('PlanViewComponent', () => {
  it('draws every stand in layers of 100 behind one labelled picture, fitted by CSS to its box', () => {
    const { element } = setup({ label: 'Hallenplan mit 250 Ständen' });
    expect(element.querySelector('svg.base')?.getAttribute('aria-label')).toBe('Hallenplan mit 250 Ständen');
    expect(element.querySelectorAll('svg.layer')).toHaveLength(3);
    expect(element.querySelectorAll('g.stand')).toHaveLength(250);
    const surface = element.querySelector<HTMLElement>('.surface')!;
    expect(surface.style.getPropertyValue('--zoom')).toBe('1');
    // visitors see no sockets
    expect(element.querySelector('.feature--power_socket')).toBeNull();
  });

  it('names the stand tapped in view mode and marks the highlighted one', async () => {
    const { fixture, element, component } = setup({ highlighted: 's7' });
    const picked: string[] = [];
    component.standPicked.subscribe((id) => picked.push(id));
    element.querySelector('g.stand[data-stand="3"] rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual(['s3']);
    await fixture.whenStable();
    expect(element.querySelector('g.stand[data-highlighted="true"]')?.getAttribute('data-stand')).toBe('7');
  });

  it('goes from stand to stand with the arrow keys in view mode, announces the stand and picks it with Enter', async () => {
    const { fixture, element, component } = setup({ highlighted: 's7' });
    const picked: string[] = [];
    component.standPicked.subscribe((id) => picked.push(id));
    const key = (name: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key: name, cancelable: true, ...init });
      return { used: component.handleKey(event), prevented: event.defaultPrevented };
    };
    // The first arrow goes to the marked stand 7 (row 2, column 2 of five columns), the next one to the right.
    expect(key('ArrowRight')).toEqual({ used: true, prevented: true });
    await fixture.whenStable();
    expect(element.querySelector('g.stand--cursor')?.getAttribute('data-stand')).toBe('7');
    key('ArrowRight');
    await fixture.whenStable();
    expect(element.querySelector('g.stand--cursor')?.getAttribute('data-stand')).toBe('8');
    expect(element.querySelector('[aria-live="polite"]')?.textContent).toContain('Stand 8');
    key('ArrowLeft');
    key('ArrowLeft');
    await fixture.whenStable();
    expect(element.querySelector('g.stand--cursor')?.getAttribute('data-stand')).toBe('6');
    key('Enter');
    expect(picked).toEqual(['s6']);
    // Shift + arrows pan the box instead; Escape leaves the stands.
    key('ArrowRight', { shiftKey: true });
    await fixture.whenStable();
    expect(element.querySelector('g.stand--cursor')?.getAttribute('data-stand')).toBe('6');
    key('Escape');
    await fixture.whenStable();
    expect(element.querySelector('g.stand--cursor')).toBeNull();
    expect(key('Enter').used).toBe(false);
  });

  it('zooms with Ctrl + wheel and the + key and reports it', () => {
    const { element, component } = setup({});
    const zooms: number[] = [];
    component.zoom.subscribe((z) => zooms.push(z));
    const wheel = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, bubbles: true, cancelable: true });
    element.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(component.handleKey(new KeyboardEvent('keydown', { key: '+' }))).toBe(true);
    expect(zooms).toHaveLength(2);
    expect(zooms[1]).toBeGreaterThan(zooms[0]);
    expect(zooms[0]).toBeGreaterThan(1);
  });

  it('lets a placed project be dragged to another stand, with the format of the unplaced list', () => {
    const { element, component } = setup({
      mode: 'assign',
      occupants: { s1: [{ applicationId: 'a1', name: 'Café Global' }] },
    });
    const dropped: unknown[] = [];
    component.dropApplication.subscribe((d) => dropped.push(d));
    const occupant = element.querySelector<HTMLElement>('.occupant')!;
    expect(occupant.getAttribute('draggable')).toBe('true');
    const data = new Map<string, string>();
    const transfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
    };
    const dragEvent = (type: string) =>
      Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer: transfer });
    occupant.dispatchEvent(dragEvent('dragstart'));
    expect(data.get(APPLICATION_DRAG_TYPE)).toBe('a1');
    element.querySelector('g.stand[data-stand="2"]')!.dispatchEvent(dragEvent('drop'));
    expect(dropped).toEqual([{ standKey: 's2', applicationId: 'a1' }]);
  });

  it('moves a placed project by keyboard: Enter, an arrow to the next stand, Enter', async () => {
    const { fixture, element, component } = setup({
      mode: 'assign',
      occupants: { s1: [{ applicationId: 'a1', name: 'Café Global' }] },
    });
    const dropped: unknown[] = [];
    component.dropApplication.subscribe((d) => dropped.push(d));
    const occupant = element.querySelector<HTMLElement>('.occupant')!;
    const key = (k: string) =>
      occupant.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('Enter');
    key('ArrowRight');
    await fixture.whenStable();
    expect(element.querySelector('[aria-live="polite"]')?.textContent).toContain('Stand 2');
    key('Enter');
    expect(dropped).toEqual([{ standKey: 's2', applicationId: 'a1' }]);
  });

  it('shows resize handles on the selected stand and outline corners as keyboard-usable buttons in edit mode', () => {
    const { element, component } = setup({
      mode: 'edit',
      selected: { type: 'stand', key: 's1' },
      outline: OPEN_OUTLINE,
    });
    expect(element.querySelectorAll('.handle')).toHaveLength(4);
    const corner = element.querySelectorAll<SVGElement>('.vertex')[1];
    expect(corner.getAttribute('aria-label')).toBe('Eckpunkt 2: x 12, y 0');
    corner.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(component.outline()?.points[1]).toEqual([12, 0.5]);
    corner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    expect(component.outline()?.points).toEqual([
      [0, 0],
      [12, 8],
    ]);
  });

  it('closes an open outline when its first corner is clicked', async () => {
    const { fixture, element, component } = setup({ mode: 'edit', outline: OPEN_OUTLINE });
    element
      .querySelectorAll('.vertex')[0]
      .dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, cancelable: true, button: 0 }));
    expect(component.outline()).toEqual({ ...OPEN_OUTLINE, closed: true });
    component.outline.set(OPEN_OUTLINE);
    await fixture.whenStable();
    // by keyboard the same: Enter on the first corner; on another corner Enter does nothing, not even reach the
    // editor (which would set a corner at its cross-hair)
    const enter = (index: number) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      let reached = false;
      element.addEventListener('keydown', () => (reached = true), { once: true });
      element.querySelectorAll('.vertex')[index].dispatchEvent(event);
      return reached;
    };
    expect(enter(1)).toBe(false);
    expect(component.outline()).toEqual(OPEN_OUTLINE);
    expect(enter(0)).toBe(false);
    expect(component.outline()).toEqual({ ...OPEN_OUTLINE, closed: true });
  });
});
