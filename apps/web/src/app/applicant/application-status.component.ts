import { ApplicationHistoryComponent } from './application-history.component';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ApplicationDto, ApplicationStatus, AuditEntryDto, EventDto } from '@markt/shared';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { canDo, statusKey } from './application-status';
import { ApplicationsService } from './applications.service';
import { ConfirmPanelComponent } from './confirm-panel.component';
import { ConsentsComponent } from './consents.component';

/** Status, dates and history of an application, with withdrawal (after a confirmation step) and confirmation. */
@Component({
  selector: 'app-application-status',
  imports: [
    MatButtonModule,
    TranslatePipe,
    LocalDateTimePipe,
    ConfirmPanelComponent,
    FormErrorSummaryComponent,
    ApplicationHistoryComponent,
    ConsentsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let app = application();
    <section aria-labelledby="status-heading" class="status-section">
      <h2 id="status-heading">{{ 'application.statusHeading' | t }}</h2>
      <p [class]="'badge badge--' + app.status" data-testid="application-status">{{ statusLabel() | t }}</p>
      <dl class="facts facts--wide">
        @if (app.submittedAt) {
          <div>
            <dt>{{ 'application.submittedAt' | t }}</dt>
            <dd>{{ app.submittedAt | localDateTime }}</dd>
          </div>
        }
        <div>
          <dt>{{ 'application.lastChanged' | t }}</dt>
          <dd>{{ app.updatedAt | localDateTime }}</dd>
        </div>
        @if (app.changedAfterSubmissionAt) {
          <div>
            <dt>{{ 'application.changedAfterSubmission' | t }}</dt>
            <dd>{{ app.changedAfterSubmissionAt | localDateTime }}</dd>
          </div>
        }
        @if (app.decidedAt) {
          <div>
            <dt>{{ 'application.decidedAt' | t }}</dt>
            <dd>{{ app.decidedAt | localDateTime }}</dd>
          </div>
        }
        @if (app.decisionMessage) {
          <div>
            <dt>{{ 'application.decisionMessage' | t }}</dt>
            <dd class="prewrap" data-testid="decision-message">{{ app.decisionMessage }}</dd>
          </div>
        }
        @if (app.contactEmail && !app.contactEmailVerified) {
          <div>
            <dt>{{ 'field.contactEmail' | t }}</dt>
            <dd>{{ 'verifyEmail.contactPending' | t: { email: app.contactEmail } }}</dd>
          </div>
        }
        @if (event(); as ev) {
          <div>
            <dt>{{ 'applications.deadline' | t }}</dt>
            <dd>{{ ev.applicationClosesAt | localDateTime }}</dd>
          </div>
        }
      </dl>

      <app-form-error-summary [items]="errors()" />
      @if (canConfirm()) {
        <p>{{ 'application.confirmText' | t }}</p>
        <p>
          <button mat-flat-button type="button" [disabled]="busy()" (click)="confirmParticipation()">
            {{ 'application.confirm' | t }}
          </button>
        </p>
      }
      @if (canWithdraw()) {
        @if (confirmingWithdrawal()) {
          <app-confirm-panel
            headingId="confirm-withdraw-heading"
            headingKey="application.withdrawHeading"
            confirmKey="application.withdrawConfirm"
            [busy]="busy()"
            (confirmed)="withdraw()"
            (cancelled)="cancelWithdrawal()"
          >
            <p>{{ 'application.withdrawText' | t }}</p>
          </app-confirm-panel>
        } @else {
          <p>
            <button #withdrawButton mat-stroked-button type="button" (click)="confirmingWithdrawal.set(true)">
              {{ 'application.withdraw' | t }}
            </button>
          </p>
        }
      }

      <app-consents [application]="app" (changed)="changed.emit($event)" />

      <h3>{{ 'application.historyHeading' | t }}</h3>
      <app-application-history [entries]="history()" />
    </section>
  `,
})
export class ApplicationStatusComponent {
  readonly application = input.required<ApplicationDto>();
  readonly event = input<EventDto | null>(null);
  readonly history = input<AuditEntryDto[]>([]);
  readonly changed = output<ApplicationDto>();
  private readonly service = inject(ApplicationsService);
  private readonly notifications = inject(NotificationService);
  private readonly injector = inject(Injector);
  private readonly withdrawButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('withdrawButton', {
    read: ElementRef,
  });

  protected readonly confirmingWithdrawal = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly statusLabel = computed(() => statusKey(this.application().status));
  protected readonly canWithdraw = computed(() => canDo('withdraw', this.application(), this.event()));
  protected readonly canConfirm = computed(
    () =>
      this.application().status === ApplicationStatus.Accepted && canDo('confirm', this.application(), this.event()),
  );

  protected cancelWithdrawal(): void {
    this.confirmingWithdrawal.set(false);
    afterNextRender(() => this.withdrawButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected withdraw(): void {
    this.run(this.service.withdraw(this.application().id), 'application.withdrawn');
  }

  protected confirmParticipation(): void {
    this.run(this.service.confirm(this.application().id), 'application.confirmed');
  }

  private run(request: ReturnType<ApplicationsService['withdraw']>, successKey: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    request.subscribe({
      next: (application) => {
        this.busy.set(false);
        this.confirmingWithdrawal.set(false);
        this.notifications.show({ key: successKey });
        this.changed.emit(application);
      },
      error: (error) => {
        this.busy.set(false);
        this.errors.set(handleFormError(new FormGroup({}), error));
      },
    });
  }
}
