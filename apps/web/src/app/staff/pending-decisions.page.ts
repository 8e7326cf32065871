import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { DECISIONS, Decision, EventDto, PendingDecisionDto, PendingDecisionsDto } from '@markt/shared';
import { Observable } from 'rxjs';
import { ConfirmPanelComponent } from '../applicant/confirm-panel.component';
import { statusKey } from '../applicant/application-status';
import { AuthService } from '../core/auth/auth.service';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { EventsService } from '../events/events.service';
import { decisionKey, decisionProblem } from './decision.model';
import { ReviewService } from './review.service';

/**
 * `/pruefung/:eventId/vorgemerkt` (admins): the staged decisions of an event with counts against the
 * capacity; each can be changed or withdrawn, and all are released together after a confirmation.
 */
@Component({
  selector: 'app-pending-decisions-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    TranslatePipe,
    LocalDateTimePipe,
    ConfirmPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pending-decisions.component.html',
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid #c4c6cf;
    }
    .hint {
      display: block;
    }
  `,
})
export class PendingDecisionsPage {
  readonly eventId = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);
  private readonly events = inject(EventsService);
  private readonly notifications = inject(NotificationService);
  private readonly injector = inject(Injector);
  private readonly releaseButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('releaseButton', {
    read: ElementRef,
  });

  protected readonly decisions = DECISIONS;
  protected readonly decisionLabel = decisionKey;
  protected readonly statusLabel = statusKey;
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly event = signal<EventDto | null>(null);
  protected readonly data = signal<PendingDecisionsDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly problem = signal<{ key: string; params?: Record<string, number> } | null>(null);
  protected readonly confirmOverCapacity = new FormControl(false, { nonNullable: true });
  protected readonly overCapacity = computed(() => {
    const capacity = this.data()?.capacity;
    return !!capacity && capacity.afterRelease > capacity.planned;
  });

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => {
        this.events.get(eventId).subscribe({ next: (event) => this.event.set(event), error: () => undefined });
        if (this.auth.isAdmin()) this.load();
      });
    });
  }

  /** A decision chosen in a row but not saved yet, by application. */
  protected readonly chosen = signal<Partial<Record<string, Decision>>>({});

  protected choose(item: PendingDecisionDto, decision: Decision): void {
    const { [item.applicationId]: _previous, ...others } = this.chosen();
    this.chosen.set(decision === item.decision ? others : { ...others, [item.applicationId]: decision });
  }

  protected change(item: PendingDecisionDto, decision: Decision): void {
    this.run(this.service.stage(item.applicationId, { decision, message: item.message ?? undefined }), {
      key: 'decision.staged',
      params: { count: 1 },
    });
  }

  protected withdraw(item: PendingDecisionDto): void {
    this.run(this.service.withdrawStaged(item.applicationId), { key: 'decision.stagedWithdrawn' });
  }

  protected cancelRelease(): void {
    this.confirming.set(false);
    afterNextRender(() => this.releaseButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected release(): void {
    const count = this.data()?.items.length ?? 0;
    this.run(this.service.release(this.eventId(), { confirmOverCapacity: this.confirmOverCapacity.value }), {
      key: 'pending.released',
      params: { count },
    });
  }

  private run(request: Observable<unknown>, success: { key: string; params?: Record<string, number> }): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(false);
        this.confirmOverCapacity.setValue(false);
        this.chosen.set({});
        this.notifications.show(success);
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = decisionProblem(error);
        this.problem.set(
          problem.kind === 'overCapacity'
            ? { key: 'decision.overCapacity', params: problem.params }
            : problem.kind === 'refused'
              ? { key: 'pending.refused' }
              : { key: problem.key },
        );
        this.load();
      },
    });
  }

  private load(): void {
    this.service.pending(this.eventId()).subscribe({
      next: (data) => {
        this.data.set(data);
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }
}
