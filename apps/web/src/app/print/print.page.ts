import { DOCUMENT, ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink, TitleStrategy } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AssignmentsView, EventDto, FloorPlanDto, PAPER_SIZES, PaperSize } from '@markt/shared';
import { catchError, forkJoin, of } from 'rxjs';
import { TranslationParams } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { FloorPlanService } from '../floor-plan/floor-plan.service';
import { buildLegend } from './legend';
import { applyPageStyle } from './page-size';
import { PrintSheetComponent } from './print-sheet.component';
import { qrCodeDataUrl } from './qr-code';

interface Message {
  key: string;
  params?: TranslationParams;
  error?: boolean;
}

const NO_ASSIGNMENTS: AssignmentsView = { assignments: [], unplaced: [], candidates: [], conflicts: [] };

/**
 * `/verwaltung/veranstaltungen/:id/druck` (admins): the printable floor plan (A3 or A4 landscape),
 * the PDF and list downloads, and publishing the public market page.
 */
@Component({
  selector: 'app-print-page',
  imports: [RouterLink, MatButtonModule, MatRadioModule, MatSlideToggleModule, TranslatePipe, PrintSheetComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .controls {
      display: grid;
      gap: 0 2rem;
    }
    @media (min-width: 60rem) {
      .controls {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    fieldset {
      border: 1px solid #74777f;
      border-radius: 8px;
      padding: 0.5rem 1rem 1rem;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .downloads {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .downloads li {
      margin-block: 0.35rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    h2 {
      margin-top: 0.5rem;
    }
    @media print {
      .preview-heading {
        display: none;
      }
    }
  `,
  template: `
    <div class="no-print">
      <h1>{{ 'print.heading' | t: { title: event()?.title ?? '' } }}</h1>
      <div role="status">
        @if (message(); as m) {
          <p class="message" [class.message--error]="m.error" [class.message--success]="!m.error">
            {{ m.key | t: m.params }}
          </p>
        }
      </div>
    </div>
    @if (state() === 'loading') {
      <p>{{ 'app.loading' | t }}</p>
    } @else if (state() === 'error') {
      <p role="alert" class="message message--error">{{ 'print.loadError' | t }}</p>
    } @else if (event(); as ev) {
      <div class="controls no-print">
        <section aria-labelledby="print-heading">
          <h2 id="print-heading">{{ 'print.print' | t }}</h2>
          <fieldset>
            <legend>{{ 'print.size' | t }}</legend>
            <mat-radio-group [value]="size()" (change)="size.set($event.value)" [attr.aria-label]="'print.size' | t">
              @for (s of sizes; track s) {
                <mat-radio-button [value]="s">{{ 'print.sizeOption' | t: { size: s } }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          <p class="hint">{{ 'print.printHint' | t: { size: size() } }}</p>
          <button mat-flat-button type="button" (click)="print()">{{ 'print.print' | t }}</button>
        </section>
        <section aria-labelledby="downloads-heading">
          <h2 id="downloads-heading">{{ 'print.downloads' | t }}</h2>
          <ul class="downloads">
            @for (s of sizes; track s) {
              <li>
                <a [href]="base() + '/floor-plan.pdf?size=' + s" download>{{ 'print.planPdf' | t: { size: s } }}</a>
              </li>
            }
            <li>
              <a [href]="base() + '/stand-signs.pdf'" download>{{ 'print.signsPdf' | t }}</a>
            </li>
            <li>
              <a [href]="base() + '/directory.pdf'" download>{{ 'print.directoryPdf' | t }}</a>
            </li>
            <li>
              <a [href]="base() + '/logistics.csv'" download>{{ 'print.logisticsCsv' | t }}</a>
            </li>
            <li>
              <a [href]="base() + '/logistics.xlsx'" download>{{ 'print.logisticsXlsx' | t }}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">{{ 'print.publishHeading' | t }}</h2>
          <mat-slide-toggle [checked]="ev.marketPublished" [disabled]="saving()" (change)="setPublished($event)">
            {{ 'print.publishToggle' | t }}
          </mat-slide-toggle>
          <p>{{ (ev.marketPublished ? 'print.isPublished' : 'print.isUnpublished') | t }}</p>
          <p class="hint">{{ 'print.publishHint' | t }}</p>
          <p>
            <a [routerLink]="['/markt', ev.id]">{{ 'print.publicLink' | t }}</a>
          </p>
        </section>
      </div>
      <h2 class="preview-heading no-print">{{ 'print.previewHeading' | t }}</h2>
      <app-print-sheet
        [event]="ev"
        [plan]="plan()"
        [legend]="legend()"
        [size]="size()"
        [publicUrl]="publicUrl()"
        [qrCode]="qrCode()"
      />
    }
  `,
})
export class PrintPage {
  readonly id = input.required<string>();
  private readonly document = inject(DOCUMENT);
  private readonly events = inject(EventsService);
  private readonly floorPlans = inject(FloorPlanService);
  private readonly titleStrategy = inject(TitleStrategy);

  protected readonly sizes = PAPER_SIZES;
  protected readonly size = signal<PaperSize>('A4');
  protected readonly state = signal<LoadState>('loading');
  protected readonly event = signal<EventDto | null>(null);
  protected readonly plan = signal<FloorPlanDto | null>(null);
  private readonly assignments = signal<AssignmentsView>(NO_ASSIGNMENTS);
  protected readonly qrCode = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly message = signal<Message | null>(null);

  protected readonly base = computed(() => `/api/events/${encodeURIComponent(this.id())}`);
  protected readonly publicUrl = computed(
    () => `${this.document.location.origin}/markt/${encodeURIComponent(this.id())}`,
  );
  protected readonly legend = computed(() => {
    const plan = this.plan();
    return plan ? buildLegend(plan, this.assignments()) : [];
  });

  constructor() {
    effect((onCleanup) => onCleanup(applyPageStyle(this.document, this.size())));

    effect((onCleanup) => {
      const id = this.id();
      this.state.set('loading');
      const subscription = forkJoin({
        event: this.events.get(id),
        plan: this.floorPlans.getPlan(id).pipe(catchError(() => of(null))),
        assignments: this.floorPlans.getAssignments(id).pipe(catchError(() => of(NO_ASSIGNMENTS))),
      }).subscribe({
        next: ({ event, plan, assignments }) => {
          this.event.set(event);
          this.plan.set(plan && plan.width > 0 && plan.depth > 0 ? plan : null);
          this.assignments.set(assignments);
          this.state.set('ready');
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
        },
        error: () => this.state.set('error'),
      });
      onCleanup(() => subscription.unsubscribe());
    });

    effect(() => {
      const url = this.publicUrl();
      qrCodeDataUrl(url).then(
        (dataUrl) => this.qrCode.set(dataUrl),
        () => this.qrCode.set(null),
      );
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected setPublished(change: MatSlideToggleChange): void {
    const published = change.checked;
    this.saving.set(true);
    this.message.set(null);
    this.events.update(this.id(), { marketPublished: published }).subscribe({
      next: (event) => {
        this.event.set(event);
        this.saving.set(false);
        this.message.set({ key: event.marketPublished ? 'print.published' : 'print.unpublished' });
      },
      error: () => {
        change.source.checked = !published;
        this.saving.set(false);
        this.message.set({ key: 'print.publishError', error: true });
      },
    });
  }
}
