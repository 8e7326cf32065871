import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { formSubmit } from '../core/forms/form-submit';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationStore } from './application.store';
import { ApplicationsService } from './applications.service';

/**
 * Publication and photo consent, changeable at any time, also after a decision: withdrawing takes the
 * exhibitor off the public page, the directory and the printed plan from the next request on.
 */
@Component({
  selector: 'app-consents',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatButtonModule,
    TranslatePipe,
    LocalDateTimePipe,
    FormErrorSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="consents-heading">
      <h3 id="consents-heading">{{ 'consents.heading' | t }}</h3>
      <p>{{ 'consents.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" class="form">
        <mat-checkbox formControlName="publicationConsent">{{ 'field.publicationConsent' | t }}</mat-checkbox>
        @if (application().publicationConsentAt; as at) {
          <p class="hint">{{ 'consents.givenAt' | t: { date: (at | localDateTime) } }}</p>
        }
        <mat-checkbox formControlName="photoConsent">{{ 'field.photoConsent' | t }}</mat-checkbox>
        @if (application().photoConsentAt; as at) {
          <p class="hint">{{ 'consents.givenAt' | t: { date: (at | localDateTime) } }}</p>
        }
        <div class="form__actions">
          <button mat-stroked-button type="submit" [disabled]="submission.pending()">{{ 'consents.save' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ConsentsComponent {
  private readonly store = inject(ApplicationStore);
  protected readonly application = this.store.application;
  private readonly service = inject(ApplicationsService);
  protected readonly form = new FormGroup({
    publicationConsent: new FormControl(false, { nonNullable: true }),
    photoConsent: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    // The form shows what is stored, also after someone saved it elsewhere.
    effect(() => {
      const { publicationConsent, photoConsent } = this.application();
      this.form.setValue({ publicationConsent: !!publicationConsent, photoConsent: !!photoConsent });
    });
  }

  protected save(): void {
    this.submission.run(
      () => this.service.setConsents(this.application().id, this.form.getRawValue()),
      (application) => this.store.changed(application, 'consents.saved'),
    );
  }
}
