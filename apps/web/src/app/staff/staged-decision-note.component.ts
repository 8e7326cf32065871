import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PendingDecisionDto } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loaded } from '../core/loaded';
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
          <button mat-stroked-button type="button" [disabled]="withdrawal.pending()" (click)="withdraw(s)">
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
  private readonly pending = rxResource({
    params: () => ({ eventId: this.eventId(), version: this.version() }),
    stream: ({ params }) => this.service.pending(params.eventId),
  });
  /** This application's staged decision; emptied at once when withdrawn. */
  protected readonly staged = linkedSignal(
    () => loaded(this.pending)?.items.find((item) => item.applicationId === this.applicationId()) ?? null,
  );
  protected readonly withdrawal = formSubmit();

  protected withdraw(staged: PendingDecisionDto): void {
    this.withdrawal.run(
      () => this.service.withdrawStaged(staged.applicationId),
      () => {
        this.notifications.show({ key: 'decision.stagedWithdrawn' });
        this.staged.set(null);
      },
      () => {
        this.notifications.show({ key: 'errors.generic' });
        return [];
      },
    );
  }
}
