import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EventDto, FloorPlanDto, PaperSize } from '@markt/shared';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { LegendEntry } from './legend';

/**
 * The printed floor plan: event, date, time and room, the QR code to the public page, the plan with
 * stand numbers and the legend in columns. On paper it fills one landscape page (set by the page's
 * `@page` rules); a very long legend continues on a second page instead of shrinking.
 */
@Component({
  selector: 'app-print-sheet',
  imports: [TranslatePipe, LocalDatePipe, PlanViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .sheet {
      border: 1px solid #74777f;
      padding: 1rem;
      background: #fff;
      color: #000;
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      align-items: flex-start;
      margin-bottom: 0.75rem;
    }
    .title {
      margin: 0 0 0.25rem;
      font-size: 1.5em;
    }
    .meta {
      margin: 0;
    }
    figure {
      margin: 0;
      display: flex;
      gap: 0.5rem;
      align-items: center;
      max-width: 17rem;
    }
    figure img {
      width: 6rem;
      height: 6rem;
      flex: none;
    }
    figcaption {
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .body {
      display: grid;
      gap: 1rem;
    }
    @media (min-width: 60rem) {
      .body {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
    }
    .legend h3 {
      margin: 0 0 0.25rem;
      font-size: 1.1em;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      columns: 2;
      column-gap: 1.25rem;
    }
    li {
      break-inside: avoid;
      display: grid;
      grid-template-columns: 2.2em minmax(0, 1fr);
      margin-bottom: 0.3em;
      line-height: 1.25;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .no {
      font-weight: 700;
    }
    @media print {
      .sheet {
        border: 0;
        padding: 0;
        width: var(--sheet-width);
        font-size: var(--sheet-font);
      }
      .head {
        margin-bottom: 3mm;
      }
      figure {
        max-width: 75mm;
      }
      figure img {
        width: 24mm;
        height: 24mm;
      }
      .body {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 6mm;
      }
      app-plan-view {
        --plan-fit-height: calc(var(--sheet-height) - 34mm);
      }
    }
  `,
  template: `
    @let ev = event();
    <article class="sheet" [attr.data-size]="size()" aria-labelledby="sheet-title">
      <div class="head">
        <div>
          <h2 class="title" id="sheet-title">{{ ev.title }}</h2>
          <p class="meta">
            {{ ev.date | localDate }} · {{ 'event.timeRange' | t: { start: ev.startTime, end: ev.endTime } }}<br />
            {{ 'print.room' | t }}: {{ ev.venueName }}, {{ ev.venueAddress }}
          </p>
        </div>
        <figure>
          @if (qrCode(); as qr) {
            <img [src]="qr" [alt]="'print.qrAlt' | t: { url: publicUrl() }" />
          }
          <figcaption>{{ 'print.qrCaption' | t }}<br />{{ publicUrl() }}</figcaption>
        </figure>
      </div>
      @if (plan(); as p) {
        <div class="body">
          <app-plan-view [plan]="p" [label]="'print.planLabel' | t: { stands: p.stands.length }" />
          <section class="legend" aria-labelledby="legend-title">
            <h3 id="legend-title">{{ 'print.legendHeading' | t }}</h3>
            @if (legend().length) {
              <ol>
                @for (entry of legend(); track $index) {
                  <li>
                    <span class="no">{{ entry.standNumber }}</span>
                    <span>
                      <strong>{{ entry.organisation || ('assign.unnamed' | t) }}</strong>
                      @if (entry.project) {
                        <br />{{ entry.project }}
                      }
                    </span>
                  </li>
                }
              </ol>
            } @else {
              <p>{{ 'print.noAssignments' | t }}</p>
            }
          </section>
        </div>
      } @else {
        <p>{{ 'print.noPlan' | t }}</p>
      }
    </article>
  `,
})
export class PrintSheetComponent {
  readonly event = input.required<EventDto>();
  readonly plan = input<FloorPlanDto | null>(null);
  readonly legend = input<LegendEntry[]>([]);
  readonly size = input<PaperSize>('A4');
  readonly publicUrl = input.required<string>();
  /** Data URL of the QR code image; null while it is being made. */
  readonly qrCode = input<string | null>(null);
}
