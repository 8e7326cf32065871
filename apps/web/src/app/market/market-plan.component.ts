import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output } from '@angular/core';
import { FeatureKind, FloorFeature, PublicMarketDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { footprint, roomPolygon } from '../floor-plan/plan-geometry';
import { featureLabelPosition } from './plan-labels';

/** What the drawing needs: the public plan, or an admin's FloorPlanDto (a superset). */
export type MarketPlan = NonNullable<PublicMarketDto['plan']>;

/**
 * A read-only drawing of the floor plan (1 unit = 1 m) with stand numbers, scaled to its container.
 * It is one image for assistive technology (`label`); the page gives the same content as text.
 * The highlighted stand gets a thick outline and hatching, so it does not rely on colour. A tap or
 * click on a stand reports it (`standPicked`); keyboard users pick stands in the page's list instead.
 */
@Component({
  selector: 'app-market-plan',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Pointer users tap a stand; keyboard and screen-reader users reach the same through the page's list
  // ("Stand zeigen") and the search by stand number, so the stands are no tab stops (up to 1,000 of them).
  host: { '(click)': 'pick($event)' },
  styles: `
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      max-height: inherit;
    }
    .room {
      fill: #fff;
      stroke: #1b1b1f;
      stroke-width: 0.12;
    }
    .feature rect {
      fill: #e3e3e8;
      stroke: #44474e;
      stroke-width: 0.05;
    }
    .feature--wall rect {
      fill: #44474e;
    }
    .feature--stage rect {
      fill: url(#market-stage-hatch);
    }
    .feature--entrance rect {
      fill: #fff;
      stroke-dasharray: 0.15 0.1;
      stroke-width: 0.08;
    }
    .feature--emergency_exit rect {
      fill: #e6f4ea;
      stroke: #0b6b2d;
      stroke-width: 0.08;
    }
    .stand {
      cursor: pointer;
    }
    .stand .base {
      fill: #dbe6fb;
      stroke: #1f3b73;
      stroke-width: 0.06;
    }
    .stand .hatch {
      fill: none;
    }
    .stand--highlighted .base {
      fill: #ffe3c2;
      stroke: #1b1b1f;
      stroke-width: 0.22;
    }
    .stand--highlighted .hatch {
      fill: url(#market-highlight-hatch);
    }
    .stand--highlighted .ring {
      fill: none;
      stroke: #1b1b1f;
      stroke-width: 0.08;
      stroke-dasharray: 0.3 0.15;
    }
    text {
      font-family: inherit;
      fill: #1b1b1f;
    }
    .number {
      font-size: 0.6px;
      font-weight: 700;
    }
    .stand--highlighted .number {
      font-size: 0.7px;
      paint-order: stroke;
      stroke: #fff;
      stroke-width: 0.16;
    }
    .label {
      font-size: 0.5px;
    }
  `,
  template: `
    <svg
      [attr.viewBox]="viewBox()"
      role="img"
      [attr.aria-label]="label()"
      preserveAspectRatio="xMidYMid meet"
      focusable="false"
    >
      <defs>
        <pattern
          id="market-stage-hatch"
          patternUnits="userSpaceOnUse"
          width="0.4"
          height="0.4"
          patternTransform="rotate(-45)"
        >
          <rect width="0.4" height="0.4" fill="#ececf1" />
          <line x1="0" y1="0" x2="0" y2="0.4" stroke="#8a8d96" stroke-width="0.05" />
        </pattern>
        <pattern
          id="market-highlight-hatch"
          patternUnits="userSpaceOnUse"
          width="0.3"
          height="0.3"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="0.3" stroke="#8c3a00" stroke-width="0.08" />
        </pattern>
      </defs>
      <polygon class="room" [attr.points]="roomPoints()" />
      @for (f of features(); track f.feature.id) {
        <g [class]="'feature feature--' + f.feature.kind">
          <rect
            [attr.x]="f.box.left"
            [attr.y]="f.box.top"
            [attr.width]="f.box.right - f.box.left"
            [attr.height]="f.box.bottom - f.box.top"
          />
          @if (f.feature.kind !== wallKind) {
            <text
              class="label"
              [attr.x]="f.text.x"
              [attr.y]="f.text.y"
              [attr.text-anchor]="f.text.anchor"
              [attr.transform]="
                f.text.rotate ? 'rotate(' + f.text.rotate + ' ' + f.text.x + ' ' + f.text.y + ')' : null
              "
              dominant-baseline="central"
            >
              {{ f.feature.label || ('floorPlan.kind.' + f.feature.kind | t) }}
            </text>
          }
        </g>
      }
      @for (s of stands(); track s.id) {
        @let on = s.id === highlighted();
        <g
          class="stand"
          [class.stand--highlighted]="on"
          [attr.data-stand]="s.number"
          [attr.data-stand-id]="s.id"
          [attr.data-highlighted]="on ? 'true' : null"
        >
          <rect
            class="base"
            [attr.x]="s.box.left"
            [attr.y]="s.box.top"
            [attr.width]="s.box.right - s.box.left"
            [attr.height]="s.box.bottom - s.box.top"
          />
          <rect
            class="hatch"
            [attr.x]="s.box.left"
            [attr.y]="s.box.top"
            [attr.width]="s.box.right - s.box.left"
            [attr.height]="s.box.bottom - s.box.top"
          />
          @if (on) {
            <rect
              class="ring"
              [attr.x]="s.box.left - 0.3"
              [attr.y]="s.box.top - 0.3"
              [attr.width]="s.box.right - s.box.left + 0.6"
              [attr.height]="s.box.bottom - s.box.top + 0.6"
            />
          }
          <text
            class="number"
            [attr.x]="(s.box.left + s.box.right) / 2"
            [attr.y]="(s.box.top + s.box.bottom) / 2"
            text-anchor="middle"
            dominant-baseline="central"
          >
            {{ s.number }}
          </text>
        </g>
      }
    </svg>
  `,
})
export class MarketPlanComponent {
  readonly plan = input.required<MarketPlan>();
  /** Accessible name of the drawing. */
  readonly label = input.required<string>();
  /** Id of the stand to mark, if any. */
  readonly highlighted = input<string | null>(null);
  /** Id of a stand tapped or clicked. */
  readonly standPicked = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly wallKind = FeatureKind.Wall;

  protected readonly viewBox = computed(() => `-0.5 -0.5 ${this.plan().width + 1} ${this.plan().depth + 1}`);
  protected readonly roomPoints = computed(() =>
    roomPolygon(this.plan())
      .map(([x, y]) => `${x},${y}`)
      .join(' '),
  );
  /** Sockets matter to staff, not to visitors or the printed plan. */
  protected readonly features = computed(() =>
    this.plan()
      .features.filter((f: FloorFeature) => f.kind !== FeatureKind.PowerSocket)
      .map((feature) => {
        const box = footprint(feature);
        return { feature, box, text: featureLabelPosition(box, this.plan()) };
      }),
  );
  protected readonly stands = computed(() =>
    this.plan().stands.map((s) => ({ id: s.id, number: s.number, box: footprint(s) })),
  );

  protected pick(event: MouseEvent): void {
    const standId = (event.target as Element | null)?.closest('g.stand')?.getAttribute('data-stand-id');
    if (standId) this.standPicked.emit(standId);
  }

  /** Scrolls the drawing (and its scroll container) so the stand is in view. */
  scrollToStand(standId: string): void {
    const number = this.plan().stands.find((s) => s.id === standId)?.number;
    const element = Array.from(this.host.nativeElement.querySelectorAll('g.stand')).find(
      (g) => g.getAttribute('data-stand') === number,
    );
    element?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }
}
