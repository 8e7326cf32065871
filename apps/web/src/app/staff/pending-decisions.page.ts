import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { DECISIONS, Decision, PendingDecisionDto } from '@markt/shared';
import { Observable } from 'rxjs';
import { statusKey } from '../applicant/application-status';
import { AuthService } from '../core/auth/auth.service';
import { formSubmit } from '../core/forms/form-submit';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { NotificationService } from '../core/notification.service';
import { loadEvent } from '../events/events-loader';
import { CONFIRM_STEP_IMPORTS } from '../ui/confirm-panel.component';
import { DataTableComponent } from '../ui/data-table.component';
import { confirmStep } from '../ui/confirm-step';
import { LoadStateComponent } from '../ui/load-state.component';
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
    ...CONFIRM_STEP_IMPORTS,
    DataTableComponent,
    LoadStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pending-decisions.component.html',
  styles: `
    .hint {
      display: block;
    }
  `,
})
export class PendingDecisionsPage {
  readonly eventId = input.required<string>();
  protected readonly auth = inject(AuthService);
  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);
  protected readonly confirmation = confirmStep({
    heading: 'pending.releaseHeading',
    confirm: 'pending.releaseConfirm',
  });

  protected readonly decisions = DECISIONS;
  protected readonly decisionLabel = decisionKey;
  protected readonly statusLabel = statusKey;
  private readonly eventResource = loadEvent(() => this.eventId());
  protected readonly event = computed(() => loaded(this.eventResource) ?? null);
  /** The staged decisions; only admins may see them (others get a notice instead). */
  private readonly pending = rxResource({
    params: () => (this.auth.isAdmin() ? this.eventId() : undefined),
    stream: ({ params }) => this.service.pending(params),
  });
  protected readonly state = computed(() => loadState(this.pending));
  protected readonly data = computed(() => loaded(this.pending) ?? null);
  protected readonly action = formSubmit();
  protected readonly confirmOverCapacity = new FormControl(false, { nonNullable: true });
  protected readonly overCapacity = computed(() => {
    const capacity = this.data()?.capacity;
    return !!capacity && capacity.afterRelease > capacity.planned;
  });

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

  protected release(): void {
    const count = this.data()?.items.length ?? 0;
    this.run(this.service.release(this.eventId(), { confirmOverCapacity: this.confirmOverCapacity.value }), {
      key: 'pending.released',
      params: { count },
    });
  }

  private run(request: Observable<unknown>, success: { key: string; params?: Record<string, number> }): void {
    this.action.run(
      () => request,
      () => {
        this.confirmation.end();
        this.confirmOverCapacity.setValue(false);
        this.chosen.set({});
        this.notifications.show(success);
        this.pending.reload();
      },
      (error) => {
        // Someone else may have changed the list meanwhile: show it as it is now.
        this.pending.reload();
        const problem = decisionProblem(error);
        if (problem.kind === 'overCapacity') return [{ key: 'decision.overCapacity', params: problem.params }];
        return [{ key: problem.kind === 'refused' ? 'pending.refused' : problem.key }];
      },
    );
  }
}
