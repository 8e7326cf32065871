import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { EmailTemplateDto, LIMITS } from '@markt/shared';
import { Observable, switchMap } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';
import { NotificationsService } from './notifications.service';

/** Subject and body of one template (kind × language), with reset to the built-in default. */
@Component({
  selector: 'app-email-template-form',
  imports: [...FORM_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let tpl = template();
    @let prefix = 'tpl-' + tpl.kind + '-' + tpl.language;
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      class="form form--wide card"
      [attr.aria-labelledby]="prefix"
    >
      <h3 [id]="prefix">
        {{
          'templates.itemHeading'
            | t: { kind: ('templates.kind.' + tpl.kind | t), language: ('templates.language.' + tpl.language | t) }
        }}
      </h3>
      <p class="badge">{{ (tpl.customised ? 'templates.customised' : 'templates.default') | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <mat-form-field appearance="outline">
        <mat-label>{{ 'templates.subject' | t }}</mat-label>
        <input matInput formControlName="subject" [id]="prefix + '-subject'" />
        <mat-error>{{ form.controls.subject.errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'templates.body' | t }}</mat-label>
        <textarea matInput formControlName="body" rows="8" [id]="prefix + '-body'"></textarea>
        <mat-error>{{ form.controls.body.errors | fieldError }}</mat-error>
      </mat-form-field>
      <div class="form__actions">
        <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ 'templates.save' | t }}</button>
        @if (tpl.customised) {
          <button mat-stroked-button type="button" [disabled]="submission.pending()" (click)="reset()">
            {{ 'templates.reset' | t }}
          </button>
        }
      </div>
    </form>
  `,
})
export class EmailTemplateFormComponent {
  readonly eventId = input.required<string>();
  readonly template = input.required<EmailTemplateDto>();
  readonly changed = output<EmailTemplateDto>();
  private readonly service = inject(NotificationsService);
  private readonly notifications = inject(NotificationService);
  /** Saving checks the form itself; resetting or retrying works whatever the fields hold. */
  protected readonly submission = formSubmit();
  protected readonly form = new FormGroup({
    subject: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.template.subject)],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.template.body)],
    }),
  });

  constructor() {
    effect(() => {
      const { subject, body } = this.template();
      untracked(() => this.form.setValue({ subject, body }));
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.submission.setErrors([{ key: 'form.fixErrors' }]);
      return;
    }
    const { kind, language } = this.template();
    this.run(this.service.saveTemplate(this.eventId(), kind, language, this.form.getRawValue()), 'templates.saved');
  }

  protected reset(): void {
    const { kind, language } = this.template();
    const request = this.service.resetTemplate(this.eventId(), kind, language).pipe(
      switchMap(() => this.service.templates(this.eventId())),
      switchMap((list) => list.filter((t) => t.kind === kind && t.language === language)),
    );
    this.run(request, 'templates.resetDone');
  }

  private run(request: Observable<EmailTemplateDto>, successKey: string): void {
    this.submission.run(
      () => request,
      (result) => {
        this.notifications.show({ key: successKey });
        this.changed.emit(result);
      },
      (error) => handleFormError(this.form, error),
    );
  }
}
