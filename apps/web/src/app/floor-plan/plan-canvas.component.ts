import {
  ChangeDetectionStrategy,
  Component,
  ElementRef as NgElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FeatureKind, FloorFeature } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EXIT_CLEARANCE_M, PlanRect, centreOf, expand, footprint, roomPolygon, snapToGrid } from './plan-geometry';
import { EditorStand, ElementRef, PlanState } from './plan-state';

/** Pixels per metre at zoom 1. */
const PX_PER_M = 28;
/** Stands per layer of the drawing: small enough that redrawing one layer is quick, few enough layers. */
const STANDS_PER_LAYER = 100;
/** MIME type of an application dragged from the list of unplaced ones. */
export const APPLICATION_DRAG_TYPE = 'application/x-markt-application';

export interface DragMove {
  ref: ElementRef;
  x: number;
  y: number;
}

interface DragState {
  ref: ElementRef;
  pointerId: number;
  startX: number;
  startY: number;
  elementX: number;
  elementY: number;
}

/**
 * The drawing of a plan in metres (1 unit = 1 m). Pointer users select and drag elements (snapped to
 * the grid); in assignment mode stands are drop targets for applications. Keyboard users work through
 * the lists and forms of the page, which say the same.
 */
@Component({
  selector: 'app-plan-canvas',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    /* The drawing is one picture in layers of the same size: the room with its grid and features, then
       the stands in groups of STANDS_PER_LAYER (in plan order, so what lies on what stays the same).
       Moving one stand then lays out and paints only its layer, not all 1,000 stands. Only what is
       drawn takes the pointer, so a click goes through a layer's empty parts to what lies beneath. */
    .surface {
      position: relative;
      touch-action: none;
      user-select: none;
      background: #fafafa;
    }
    svg {
      display: block;
      position: absolute;
      top: 0;
      left: 0;
    }
    svg.stands {
      pointer-events: none;
    }
    svg.stands > * {
      pointer-events: visiblePainted;
    }
    .room {
      fill: #fff;
      stroke: #1b1b1f;
      stroke-width: 0.1;
    }
    .grid {
      fill: none;
      stroke: #dde1ea;
      stroke-width: 0.02;
    }
    .stand rect {
      fill: #dbe6fb;
      stroke: #1f3b73;
      stroke-width: 0.06;
    }
    /* The upper rectangle shows only the hatching of a stand with an issue; otherwise it draws nothing
       (a second, identical rectangle on each of 1,000 stands doubled the drawing) but still takes the pointer. */
    .stand .hatch {
      fill: none;
      stroke: none;
      pointer-events: all;
    }
    .stand--selected rect {
      stroke: #c25400;
      stroke-width: 0.16;
    }
    .stand--issue rect {
      stroke: #b00020;
      stroke-dasharray: 0.2 0.1;
      stroke-width: 0.12;
    }
    .stand--issue .hatch {
      fill: url(#issue-hatch);
      stroke: none;
    }
    .stand--drop rect {
      fill: #cfe9d6;
    }
    .edit .stand,
    .edit .feature {
      cursor: move;
    }
    .assign .stand {
      cursor: copy;
    }
    .feature rect {
      stroke: #44474e;
      stroke-width: 0.04;
      fill: #e3e3e8;
    }
    .feature--wall rect {
      fill: #44474e;
    }
    .feature--stage rect {
      fill: url(#stage-hatch);
    }
    .feature--entrance rect {
      fill: #fff;
      stroke-dasharray: 0.15 0.1;
    }
    .feature--emergency_exit rect {
      fill: #e6f4ea;
      stroke: #0b6b2d;
    }
    .feature--power_socket rect {
      fill: #fff3c4;
      stroke: #6b5200;
    }
    .feature--selected rect {
      stroke: #c25400;
      stroke-width: 0.14;
    }
    .clearance {
      fill: none;
      stroke: #0b6b2d;
      stroke-width: 0.04;
      stroke-dasharray: 0.2 0.15;
    }
    text {
      font-family: inherit;
      fill: #1b1b1f;
      pointer-events: none;
    }
    text.light {
      fill: #fff;
    }
    .number {
      font-size: 0.5px;
      font-weight: 700;
    }
    .small {
      font-size: 0.3px;
    }
    .conflict {
      fill: #b00020;
      font-weight: 700;
    }
  `,
  template: `
    <div
      #surface
      class="surface"
      [class.edit]="mode() === 'edit'"
      [class.assign]="mode() === 'assign'"
      [style.width.px]="pixelWidth()"
      [style.height.px]="pixelHeight()"
      (pointermove)="pointerMove($event)"
      (pointerup)="pointerUp($event)"
      (pointercancel)="pointerUp($event)"
    >
      <svg
        #svg
        [attr.width]="pixelWidth()"
        [attr.height]="pixelHeight()"
        [attr.viewBox]="viewBox()"
        role="img"
        [attr.aria-label]="
          'floorPlan.canvasLabel' | t: { stands: plan().stands.length, width: plan().width, depth: plan().depth }
        "
      >
        <defs>
          <pattern
            id="issue-hatch"
            patternUnits="userSpaceOnUse"
            width="0.3"
            height="0.3"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="0.3" stroke="#b00020" stroke-width="0.06" />
          </pattern>
          <pattern
            id="stage-hatch"
            patternUnits="userSpaceOnUse"
            width="0.4"
            height="0.4"
            patternTransform="rotate(-45)"
          >
            <rect width="0.4" height="0.4" fill="#ececf1" />
            <line x1="0" y1="0" x2="0" y2="0.4" stroke="#8a8d96" stroke-width="0.05" />
          </pattern>
        </defs>
        <polygon class="room" [attr.points]="roomPoints()" (pointerdown)="background.emit()" />
        @if (plan().background; as bg) {
          <image
            [attr.href]="bg.url"
            [attr.x]="bg.x"
            [attr.y]="bg.y"
            [attr.width]="bg.width"
            [attr.opacity]="bg.opacity"
            preserveAspectRatio="xMinYMin meet"
            pointer-events="none"
          />
        }
        <path class="grid" [attr.d]="gridPath()" />
        @for (f of plan().features; track f.id) {
          @let box = boxOf(f);
          <g
            [class]="'feature feature--' + f.kind"
            [class.feature--selected]="isSelected('feature', f.id)"
            (pointerdown)="pointerDown($event, { type: 'feature', key: f.id }, f)"
          >
            <rect
              [attr.x]="box.left"
              [attr.y]="box.top"
              [attr.width]="box.right - box.left"
              [attr.height]="box.bottom - box.top"
            />
            @if (f.kind === exitKind) {
              @let zone = clearance(f);
              <rect
                class="clearance"
                [attr.x]="zone.left"
                [attr.y]="zone.top"
                [attr.width]="zone.right - zone.left"
                [attr.height]="zone.bottom - zone.top"
              />
            }
            @if (f.kind !== socketKind) {
              <text
                class="small"
                [attr.x]="(box.left + box.right) / 2"
                [attr.y]="(box.top + box.bottom) / 2 + 0.1"
                text-anchor="middle"
                [class.light]="f.kind === wallKind"
              >
                {{ f.label || ('floorPlan.kind.' + f.kind | t) }}
              </text>
            } @else {
              <text class="small" [attr.x]="box.left + 0.25" [attr.y]="box.top + 0.36" text-anchor="middle">⚡</text>
            }
          </g>
        }
      </svg>
      @for (tile of standTiles(); track $index) {
        <svg
          class="stands"
          [attr.width]="pixelWidth()"
          [attr.height]="pixelHeight()"
          [attr.viewBox]="viewBox()"
          aria-hidden="true"
        >
          @for (s of tile; track s.key) {
            @let box = boxOf(s);
            @let c = centre(s);
            <g
              class="stand"
              [class.stand--selected]="isSelected('stand', s.key)"
              [class.stand--issue]="flagged().has(s.number) || conflicted().has(s.key)"
              [class.stand--drop]="dropTarget === s.key"
              [attr.data-stand]="s.number"
              (pointerdown)="pointerDown($event, { type: 'stand', key: s.key }, s)"
              (dragover)="dragOver($event, s)"
              (dragleave)="dropTarget = null"
              (drop)="drop($event, s)"
            >
              <rect
                [attr.x]="box.left"
                [attr.y]="box.top"
                [attr.width]="box.right - box.left"
                [attr.height]="box.bottom - box.top"
              />
              <rect
                class="hatch"
                [attr.x]="box.left"
                [attr.y]="box.top"
                [attr.width]="box.right - box.left"
                [attr.height]="box.bottom - box.top"
              />
              <text class="number" [attr.x]="c.x" [attr.y]="box.top + 0.55" text-anchor="middle">{{ s.number }}</text>
              @let marks = markers(s);
              @if (marks) {
                <text class="small" [attr.x]="box.left + 0.1" [attr.y]="box.bottom - 0.1">{{ marks }}</text>
              }
              @if (conflicted().has(s.key)) {
                <text class="small conflict" [attr.x]="box.right - 0.1" [attr.y]="box.top + 0.35" text-anchor="end">
                  ! {{ 'assign.conflictShort' | t }}
                </text>
              }
              @for (line of captions()[s.key] ?? []; track $index) {
                <text class="small" [attr.x]="c.x" [attr.y]="box.top + 0.9 + $index * 0.35" text-anchor="middle">
                  {{ line }}
                </text>
              }
            </g>
          }
        </svg>
      }
    </div>
  `,
})
export class PlanCanvasComponent {
  readonly plan = input.required<PlanState>();
  readonly mode = input<'edit' | 'assign'>('edit');
  readonly zoom = input(1);
  readonly selected = input<ElementRef | null>(null);
  /** Stand numbers with a plan issue. */
  readonly flagged = input<ReadonlySet<string>>(new Set());
  /** Stand keys with an assignment conflict. */
  readonly conflicted = input<ReadonlySet<string>>(new Set());
  /** Lines shown inside a stand (e.g. organisations), by stand key. */
  readonly captions = input<Partial<Record<string, string[]>>>({});

  readonly selectElement = output<ElementRef>();
  readonly background = output<void>();
  readonly dragMove = output<DragMove>();
  readonly dragEnd = output<void>();
  readonly dropApplication = output<{ standKey: string; applicationId: string }>();

  protected readonly exitKind = FeatureKind.EmergencyExit;
  protected readonly socketKind = FeatureKind.PowerSocket;
  protected readonly wallKind = FeatureKind.Wall;
  protected dropTarget: string | null = null;
  private readonly svg = viewChild.required<NgElementRef<SVGSVGElement>>('svg');
  private readonly surface = viewChild.required<NgElementRef<HTMLElement>>('surface');
  private drag: DragState | null = null;

  protected readonly viewBox = computed(() => `-1 -1 ${this.plan().width + 2} ${this.plan().depth + 2}`);
  protected readonly pixelWidth = computed(() => Math.round((this.plan().width + 2) * PX_PER_M * this.zoom()));
  protected readonly pixelHeight = computed(() => Math.round((this.plan().depth + 2) * PX_PER_M * this.zoom()));
  protected readonly roomPoints = computed(() =>
    roomPolygon(this.plan())
      .map(([x, y]) => `${x},${y}`)
      .join(' '),
  );
  /** The stands in layers (see the styles); a stand keeps its layer while it is moved. */
  protected readonly standTiles = computed(() => {
    const stands = this.plan().stands;
    const tiles: EditorStand[][] = [];
    for (let i = 0; i < stands.length; i += STANDS_PER_LAYER) tiles.push(stands.slice(i, i + STANDS_PER_LAYER));
    return tiles;
  });
  /** The metre grid as one path (one element to lay out and paint instead of one per line). */
  protected readonly gridPath = computed(() => {
    const { width, depth } = this.plan();
    return [...range(width).map((x) => `M${x} 0V${depth}`), ...range(depth).map((y) => `M0 ${y}H${width}`)].join('');
  });

  protected boxOf(rect: PlanRect) {
    return footprint(rect);
  }

  protected centre(rect: PlanRect) {
    return centreOf(rect);
  }

  protected clearance(feature: FloorFeature) {
    return expand(footprint(feature), EXIT_CLEARANCE_M);
  }

  protected markers(stand: EditorStand): string {
    return [stand.hasPower ? '⚡' : '', stand.stepFree ? '♿' : '', stand.capacity > 1 ? `×${stand.capacity}` : '']
      .filter(Boolean)
      .join(' ');
  }

  protected isSelected(type: ElementRef['type'], key: string): boolean {
    const selected = this.selected();
    return !!selected && selected.type === type && selected.key === key;
  }

  protected pointerDown(event: PointerEvent, ref: ElementRef, element: PlanRect): void {
    event.stopPropagation();
    this.selectElement.emit(ref);
    if (this.mode() !== 'edit' || event.button !== 0) return;
    const point = this.toPlan(event);
    this.drag = {
      ref,
      pointerId: event.pointerId,
      startX: point.x,
      startY: point.y,
      elementX: element.x,
      elementY: element.y,
    };
    this.surface().nativeElement.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  }

  protected pointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const point = this.toPlan(event);
    this.dragMove.emit({
      ref: drag.ref,
      x: snapToGrid(drag.elementX + point.x - drag.startX),
      y: snapToGrid(drag.elementY + point.y - drag.startY),
    });
  }

  protected pointerUp(event: PointerEvent): void {
    if (!this.drag || this.drag.pointerId !== event.pointerId) return;
    this.drag = null;
    this.dragEnd.emit();
  }

  protected dragOver(event: DragEvent, stand: EditorStand): void {
    if (this.mode() !== 'assign' || !event.dataTransfer?.types.includes(APPLICATION_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    this.dropTarget = stand.key;
  }

  protected drop(event: DragEvent, stand: EditorStand): void {
    const applicationId = event.dataTransfer?.getData(APPLICATION_DRAG_TYPE);
    this.dropTarget = null;
    if (this.mode() !== 'assign' || !applicationId) return;
    event.preventDefault();
    this.dropApplication.emit({ standKey: stand.key, applicationId });
  }

  private toPlan(event: PointerEvent): { x: number; y: number } {
    const svg = this.svg().nativeElement;
    const matrix = svg.getScreenCTM?.();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }
}

function range(max: number): number[] {
  const values: number[] = [];
  for (let v = 1; v < max; v++) values.push(v);
  return values;
}
