import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { PublicExhibitor } from '@markt/shared';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { LoadStateComponent } from '../ui/load-state.component';
import { ExhibitorCardComponent } from './exhibitor-card.component';
import { filterExhibitors } from './market-filter';
import { MarketStore } from './market.store';

/**
 * `/markt/:eventId` (public, mobile first): who exhibits, searchable and filterable by topic, and
 * where their stand is. The list is the text version of the plan; "Stand zeigen" marks the stand on it,
 * and tapping a stand in the plan names who is there.
 *
 * Visitors open it on their phones from a QR code, so it comes server-rendered (see app.routes.server.ts)
 * and is built from plain elements only: no Material here, so the browser has little script to run
 * before the page responds (search field and buttons look like the topic filter and the app's button links).
 */
@Component({
  selector: 'app-market-page',
  imports: [TranslatePipe, LocalDatePipe, ExhibitorCardComponent, PlanViewComponent, LoadStateComponent],
  providers: [MarketStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './market.page.scss',
  templateUrl: './market.page.html',
})
export class MarketPage {
  protected readonly store = inject(MarketStore);
  private readonly injector = inject(Injector);
  private readonly planScroll = viewChild<ElementRef<HTMLElement>>('planScroll');
  private readonly planDrawing = viewChild(PlanViewComponent);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly query = signal(this.enteredBeforeStart('#market-search'));
  protected readonly topic = signal(this.enteredBeforeStart('#market-topic'));
  /** Plan width as a multiple of the box it fits in. */
  protected readonly zoom = signal(1);
  protected readonly maxZoom = MAX_ZOOM;

  protected readonly topics = computed(() => this.store.market()?.topics ?? []);
  protected readonly shown = computed(() =>
    filterExhibitors(this.store.market()?.exhibitors ?? [], { query: this.query(), topic: this.topic() }),
  );

  protected showStand(exhibitor: PublicExhibitor): void {
    const standId = exhibitor.standId;
    if (!standId) return;
    this.store.standId.set(standId);
    afterNextRender(
      () => {
        const box = this.planScroll()?.nativeElement;
        box?.focus({ preventScroll: true });
        // Not yet taken over (see the template's @defer): the server's drawing of the stand into view, which
        // brings the plan into view and so has it taken over.
        const drawing = this.planDrawing();
        if (drawing) drawing.scrollToStand(standId);
        else
          Array.from(box?.querySelectorAll('g.stand') ?? [])
            .find((g) => g.getAttribute('data-key') === standId)
            ?.scrollIntoView({ block: 'center', inline: 'center' });
      },
      { injector: this.injector },
    );
  }

  protected zoomBy(step: 1 | -1): void {
    const scroll = this.planScroll()?.nativeElement;
    const before = this.zoom();
    const after = Math.min(MAX_ZOOM, Math.max(1, before + step));
    if (after === before) return;
    this.zoom.set(after);
    if (!scroll) return;
    // Keep the middle of the view where it was.
    const middle = { x: scroll.scrollLeft + scroll.clientWidth / 2, y: scroll.scrollTop + scroll.clientHeight / 2 };
    afterNextRender(
      () => {
        scroll.scrollLeft = (middle.x * after) / before - scroll.clientWidth / 2;
        scroll.scrollTop = (middle.y * after) / before - scroll.clientHeight / 2;
      },
      { injector: this.injector },
    );
  }

  /** "+" and "-" on the focused plan zoom it, as the buttons do; the drawing takes the other keys (stand to stand, Enter). */
  protected planKey(event: KeyboardEvent): void {
    const step = ZOOM_KEYS[event.key];
    if (!step || event.ctrlKey || event.metaKey || event.altKey) {
      this.planDrawing()?.handleKey(event);
      return;
    }
    event.preventDefault();
    this.zoomBy(step);
  }

  protected backToList(exhibitor: PublicExhibitor): void {
    const button = document.getElementById('show-' + exhibitor.id);
    if (button) {
      button.focus();
      return;
    }
    // Filtered out meanwhile: show everyone again, then return to the exhibitor.
    this.reset();
    afterNextRender(() => document.getElementById('show-' + exhibitor.id)?.focus(), { injector: this.injector });
  }

  protected reset(): void {
    this.query.set('');
    this.topic.set('');
  }

  /**
   * What a visitor typed or chose in the server-rendered page before the app took it over: kept, so
   * the filter applies it (the first render would otherwise empty the field again).
   */
  private enteredBeforeStart(selector: string): string {
    const field = this.host.nativeElement.querySelector?.<HTMLInputElement | HTMLSelectElement>(selector);
    return field?.value ?? '';
  }
}

const MAX_ZOOM = 4;
const ZOOM_KEYS: Record<string, 1 | -1> = { '+': 1, '=': 1, '-': -1 };
