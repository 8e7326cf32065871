import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  model,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FeatureKind } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { HANDLES, Handle, roomPolygon } from '../../floor-plan/plan-geometry';
import { addPoint, moveVertex, removeVertex } from '../../floor-plan/plan-outline';
import {
  APPLICATION_DRAG_TYPE,
  DragMove,
  Occupant,
  OutlineDraft,
  PlanElementRef,
  PlanLike,
  PlanMode,
  ResizeMove,
} from './plan-view.model';
import { PlanPointer } from './plan-pointer';
import { PlanMoveKeys } from './plan-move-keys';
import { labelSizeM } from './stand-labels';
import { StandItems } from './stand-items';
import { StandLayerComponent } from './stand-layer.component';
import { featureViews, gridPath, occupantBoxes, standView } from './stand-view';
import { ARROWS, STEP, keepInPlace, pinchZoom, wheelZoom } from './plan-zoom';
import { PlanKeys } from './plan-keys';
import { HATCHES } from './plan-hatches';

/** Metres of margin around the room. */
const MARGIN = 1;
/** Stands per layer of the editor's drawing: redrawing one layer while a stand is dragged stays quick. */
const STANDS_PER_LAYER = 100;

/**
 * The drawing of a floor plan (1 unit = 1 m), for every screen: the public market and the applicant's
 * stand (`view`: tap a stand to pick it), prints, the editor (`edit`: drag, resize, outline) and the
 * assignment (`assign`: drop projects on stands, drag an occupant to another stand, or move it with
 * Enter, arrows, Enter).
 *
 * It fits the room into its box on open with CSS alone, so the server-rendered page needs no script to
 * show it; the box around it scrolls. Zoom: Ctrl + wheel, pinch, the +/- keys (on the box, see
 * `handleKey`) or `zoom`, which is two-way: the page's own zoom buttons and the drawing's gestures share it.
 */
@Component({
  selector: 'app-plan-view',
  imports: [TranslatePipe, StandLayerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-view.component.html',
  styleUrl: './plan-view.component.scss',
  host: {
    '(click)': 'pick($event)',
    '(wheel)': 'wheel($event)',
    '(pointerdown)': 'pointer.down($event)',
    '(pointermove)': 'pointer.move($event)',
    '(pointerup)': 'pointer.up($event)',
    '(pointercancel)': 'pointer.up($event)',
    '(dragover)': 'dragOver($event)',
    '(dragleave)': 'dropTarget.set(null)',
    '(drop)': 'drop($event)',
  },
})
export class PlanViewComponent {
  readonly plan = input.required<PlanLike>();
  readonly mode = input<PlanMode>('view');
  /** Accessible name of the drawing; the page gives the same content as text. */
  readonly label = input<string | null>(null);
  /** Multiple of the fitted size. */
  readonly zoom = model(1);
  /** The element pressed last in the editor or the assignment (null: the empty room); two-way. */
  readonly selected = model<PlanElementRef | null>(null);
  /** Id of a stand to mark (outline and hatching, so it does not rely on colour). */
  readonly highlighted = input<string | null>(null);
  /** Stand numbers with a plan issue. */
  readonly flagged = input<ReadonlySet<string>>(new Set());
  /** Stand keys with an assignment conflict. */
  readonly conflicted = input<ReadonlySet<string>>(new Set());
  /** Lines shown inside a stand (e.g. organisations), by stand key. */
  readonly captions = input<Partial<Record<string, string[]>>>({});
  /** Who is on a stand, by stand key: in assign mode they can be dragged (or moved by keys) to another stand. */
  readonly occupants = input<Partial<Record<string, Occupant[]>>>({});
  /** The room outline being drawn in the editor, null when not editing it: corners clicked, dragged or moved by keys change it here. */
  readonly outline = model<OutlineDraft | null>(null);
  /** Draws a 1 m grid (the editor's). */
  readonly grid = input(false);

  /** An element dragged, or resized by a handle: its new place (and size) at each step of the gesture. */
  readonly dragMove = output<DragMove | ResizeMove>();
  readonly dragEnd = output<void>();
  readonly dropApplication = output<{ standKey: string; applicationId: string }>();
  /** A stand tapped or clicked in view mode (its id, else its key). */
  readonly standPicked = output<string>();

  readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly surface = viewChild.required<ElementRef<HTMLElement>>('surface');
  private readonly base = viewChild.required<ElementRef<SVGSVGElement>>('base');
  protected readonly pointer = new PlanPointer(this);
  protected readonly moveKeys = new PlanMoveKeys(this);
  protected readonly keys = new PlanKeys(this);

  /** Screen pixels per metre, once the browser has laid the drawing out (never on the server). */
  private readonly pxPerM = signal<number | null>(null);
  protected readonly dropTarget = signal<string | null>(null);

  protected readonly exitKind = FeatureKind.EmergencyExit;
  protected readonly socketKind = FeatureKind.PowerSocket;
  protected readonly wallKind = FeatureKind.Wall;
  protected readonly handles = HANDLES;
  protected readonly hatches = HATCHES;
  protected readonly dragType = APPLICATION_DRAG_TYPE;

  protected readonly viewBox = computed(
    () => `${-MARGIN} ${-MARGIN} ${this.plan().width + 2 * MARGIN} ${this.plan().depth + 2 * MARGIN}`,
  );
  protected readonly aspect = computed(
    () => (this.plan().width + 2 * MARGIN) / Math.max(1, this.plan().depth + 2 * MARGIN),
  );
  protected readonly roomPoints = computed(() => points(roomPolygon(this.plan())));
  protected readonly gridLines = computed(() => (this.grid() ? gridPath(this.plan().width, this.plan().depth) : ''));
  readonly features = computed(() => featureViews(this.plan(), this.mode() !== 'view'));
  readonly stands = computed(() => this.plan().stands.map(standView));
  protected readonly labelSize = computed(() => labelSizeM(this.pxPerM()));
  private readonly items = new StandItems(STANDS_PER_LAYER);
  protected readonly standLayers = computed(() =>
    this.items.groupsOf(this.stands(), {
      labelSize: this.labelSize(),
      marks: this.mode() !== 'view',
      captions: this.captions(),
      occupants: this.occupants(),
      selected: this.selected(),
      flagged: this.flagged(),
      conflicted: this.conflicted(),
      highlighted: this.highlighted(),
      cursor: this.keys.cursor(),
      drops: [this.dropTarget(), this.moveKeys.target()],
    }),
  );
  protected readonly handleSize = computed(() => 14 / (this.pxPerM() ?? 28));
  protected readonly hintId = `plan-move-hint-${++instances}`;
  protected readonly selectedView = computed(() => {
    const ref = this.selected();
    if (!ref || this.mode() !== 'edit') return null;
    if (ref.type === 'stand') return this.stands().find((s) => s.key === ref.key) ?? null;
    return this.features().find((f) => f.feature.id === ref.key) ?? null;
  });
  protected readonly occupantViews = computed(() =>
    this.mode() === 'assign'
      ? occupantBoxes(this.stands(), this.occupants(), this.plan(), this.labelSize(), MARGIN)
      : [],
  );
  protected readonly outlinePoints = computed(() => points(this.outline()?.points ?? []));
  protected readonly crossHair = computed(() => {
    const r = this.handleSize() * 2;
    return `M${-r} 0H${r}M0 ${-r}V${r}`;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const surface = this.surface().nativeElement;
      const measure = () => this.pxPerM.set(surface.clientWidth / (this.plan().width + 2 * MARGIN) || null);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(surface);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  isSelected(type: PlanElementRef['type'], key: string): boolean {
    const selected = this.selected();
    return !!selected && selected.type === type && selected.key === key;
  }

  /** Plan coordinates (metres) of a pointer position. */
  toPlan(event: { clientX: number; clientY: number }): { x: number; y: number } {
    const matrix = this.base().nativeElement.getScreenCTM?.();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  /** Zooms to `next`, keeping the point `at` (client pixels; default: the middle of the box) where it is. */
  zoomTo(next: number, at?: { clientX: number; clientY: number }): void {
    const before = this.zoom();
    if (next === before) return;
    const scroller = this.host.nativeElement.parentElement;
    this.zoom.set(next);
    if (!scroller) return;
    const rect = scroller.getBoundingClientRect();
    const x = at ? at.clientX - rect.left : scroller.clientWidth / 2;
    const y = at ? at.clientY - rect.top : scroller.clientHeight / 2;
    const left = keepInPlace(scroller.scrollLeft, x, before, next);
    const top = keepInPlace(scroller.scrollTop, y, before, next);
    afterNextRender(() => scroller.scrollTo?.({ left, top }), { injector: this.injector });
  }

  /** Zoom by a pinch of two fingers (reported by the pointer handler). */
  pinch(before: number, after: number, centre: { clientX: number; clientY: number }): void {
    this.zoomTo(pinchZoom(this.zoom(), before, after), centre);
  }

  protected wheel(event: WheelEvent): void {
    // A plain wheel scrolls the box (pan); with Ctrl, or a touchpad pinch, it zooms.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.zoomTo(wheelZoom(this.zoom(), event.deltaY), event);
  }

  /** Keys for the box the drawing lies in (see `PlanKeys`); true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    return this.keys.handle(event);
  }

  /** Tap or click in view mode: the stand under it is picked. */
  protected pick(event: MouseEvent): void {
    if (this.mode() !== 'view') return;
    const key = (event.target as Element | null)?.closest('g.stand')?.getAttribute('data-key');
    if (key) this.standPicked.emit(key);
  }

  /** Scrolls the drawing (and the box around it) so the stand is in view. */
  scrollToStand(id: string, position: ScrollLogicalPosition = 'center'): void {
    const element = Array.from(this.host.nativeElement.querySelectorAll('g.stand')).find(
      (g) => g.getAttribute('data-key') === id,
    );
    element?.scrollIntoView?.({ block: position, inline: position });
  }

  protected dragOver(event: DragEvent): void {
    const key = standAt(event);
    if (this.mode() !== 'assign' || !key || !event.dataTransfer?.types.includes(APPLICATION_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    this.dropTarget.set(key);
  }

  protected drop(event: DragEvent): void {
    const applicationId = event.dataTransfer?.getData(APPLICATION_DRAG_TYPE);
    const key = standAt(event);
    this.dropTarget.set(null);
    if (this.mode() !== 'assign' || !applicationId || !key) return;
    event.preventDefault();
    this.dropApplication.emit({ standKey: key, applicationId });
  }

  protected dragStart(event: DragEvent, occupant: Occupant): void {
    event.dataTransfer?.setData(APPLICATION_DRAG_TYPE, occupant.applicationId);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  /**
   * Arrows move a focused outline corner by 0.5 m, Delete removes it; Enter or Space on the first corner closes
   * an open outline, as a click does (and never also sets a corner at the editor's cross-hair).
   */
  protected vertexKey(event: KeyboardEvent, index: number, [x, y]: [number, number]): void {
    const direction = ARROWS[event.key];
    const open = this.outline()?.closed === false;
    const [dx, dy] = direction ? STEP[direction] : [0, 0];
    if (direction) this.editOutline((draft) => moveVertex(draft, index, x + dx * 0.5, y + dy * 0.5));
    else if (event.key === 'Delete' || event.key === 'Backspace') this.editOutline((d) => removeVertex(d, index));
    else if (event.key === 'Enter' || event.key === ' ') {
      if (index === 0 && open) this.editOutline((draft) => addPoint(draft, x, y));
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  /** Changes the outline being drawn: a corner added (on the first one: closed), moved or removed. */
  editOutline(change: (draft: OutlineDraft) => OutlineDraft): void {
    this.outline.update((draft) => draft && change(draft));
  }

  protected handle(event: PointerEvent, handle: Handle): void {
    const ref = this.selected();
    if (ref) this.pointer.startResize(event, ref, handle);
  }
}

let instances = 0;
/** Key of the stand under a drag: the stand itself or a project shown on it. */
function standAt(event: Event): string | null {
  return (event.target as Element | null)?.closest?.('g.stand, .occupant')?.getAttribute('data-key') ?? null;
}

function points(list: readonly [number, number][]): string {
  return list.map(([x, y]) => `${x},${y}`).join(' ');
}
