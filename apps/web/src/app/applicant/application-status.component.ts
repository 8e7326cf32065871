import { ApplicationHistoryComponent } from './application-history.component';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ApplicationStatus } from '@markt/shared';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationStore } from './application.store';
import { ApplicationsService } from './applications.service';
import { ConsentsComponent } from './consents.component';
import { CONFIRM_STEP_IMPORTS } from '../ui/confirm-panel.component';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';
import { confirmStep } from '../ui/confirm-step';

/** Status, dates and history of an application, with withdrawal (after a confirmation step) and confirmation. */
@Component({
  selector: 'app-application-status',
  imports: [
    MatButtonModule,
    TranslatePipe,
    DefinitionRowComponent,
    StatusBadgeComponent,
    ...CONFIRM_STEP_IMPORTS,
    FormErrorSummaryComponent,
    ApplicationHistoryComponent,
    ConsentsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-status.component.html',
})
export class ApplicationStatusComponent {
  protected readonly store = inject(ApplicationStore);
  private readonly service = inject(ApplicationsService);
  protected readonly confirmation = confirmStep({
    heading: 'application.withdrawHeading',
    confirm: 'application.withdrawConfirm',
  });
  protected readonly action = formSubmit();
  protected readonly canWithdraw = computed(() => this.store.can('withdraw'));
  protected readonly canConfirm = computed(
    () => this.store.application().status === ApplicationStatus.Accepted && this.store.can('confirm'),
  );

  protected withdraw(): void {
    this.run(this.service.withdraw(this.store.id()), 'application.withdrawn');
  }

  protected confirmParticipation(): void {
    this.run(this.service.confirm(this.store.id()), 'application.confirmed');
  }

  private run(request: ReturnType<ApplicationsService['withdraw']>, successKey: string): void {
    this.action.run(
      () => request,
      (application) => {
        this.confirmation.end();
        this.store.changed(application, successKey);
      },
    );
  }
}
