import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PendingDecisionDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { decisionKey } from './decision.model';
import { ReviewService } from './review.service';

/** The decision staged for one application (admins), with a way to withdraw it and to the event's overview. */
@Component({
  selector: 'app-staged-decision-note',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (staged(); as s) {
      <div class="message" data-testid="staged-decision">
        <p>{{ 'decision.stagedNote' | t: { decision: (decisionLabel(s.decision) | t) } }}</p>
        @if (s.message) {
          <p class="prewrap">{{ s.message }}</p>
        }
        <p>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw(s)">
            {{ 'decision.withdrawStaged' | t }}
          </button>
        </p>
      </div>
    }
    <p>
      <a [routerLink]="['/pruefung', eventId(), 'vorgemerkt']">{{ 'decision.pendingLink' | t }}</a>
    </p>
  `,
})
export class StagedDecisionNoteComponent {
  readonly applicationId = input.required<string>();
  readonly eventId = input.required<string>();
  /** Changes whenever the page staged or decided something, so the note reloads. */
  readonly version = input(0);
  private readonly service = inject(ReviewService);
  private readonly notifications = inject(NotificationService);
  protected readonly decisionLabel = decisionKey;
  protected readonly staged = signal<PendingDecisionDto | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      this.version();
      const [id, eventId] = [this.applicationId(), this.eventId()];
      untracked(() => this.load(id, eventId));
    });
  }

  protected withdraw(staged: PendingDecisionDto): void {
    this.busy.set(true);
    this.service.withdrawStaged(staged.applicationId).subscribe({
      next: () => {
        this.busy.set(false);
        this.notifications.show({ key: 'decision.stagedWithdrawn' });
        this.staged.set(null);
      },
      error: () => {
        this.busy.set(false);
        this.notifications.show({ key: 'errors.generic' });
      },
    });
  }

  private load(id: string, eventId: string): void {
    this.service.pending(eventId).subscribe({
      next: (pending) => this.staged.set(pending.items.find((i) => i.applicationId === id) ?? null),
      error: () => this.staged.set(null),
    });
  }
}
