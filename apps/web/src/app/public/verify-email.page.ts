import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmailVerifiedDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { formSubmit } from '../core/forms/form-submit';
import { toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NarrowPageComponent } from '../layout/narrow-page.component';

/**
 * `/email-bestaetigen?token=…`: the link from a verification mail. The address is confirmed only with
 * the button, so a mail scanner that opens the link does not use it up.
 */
@Component({
  selector: 'app-verify-email-page',
  imports: [NarrowPageComponent, FormErrorSummaryComponent, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let done = verified();
    <app-narrow-page
      heading="verifyEmail.heading"
      [status]="done ? (done.kind === 'contact' ? 'verifyEmail.contactDone' : 'verifyEmail.done') : null"
      [statusParams]="{ email: done?.email ?? '' }"
    >
      <app-form-error-summary [items]="submission.errors()" />
      @if (verified()) {
        <p>
          <a routerLink="/">{{ 'verifyEmail.toStart' | t }}</a>
        </p>
      } @else if (!token()) {
        <p class="message message--error">{{ 'verifyEmail.missingToken' | t }}</p>
      } @else {
        <p>{{ 'verifyEmail.intro' | t }}</p>
        <p>
          <button mat-flat-button type="button" [disabled]="submission.pending()" (click)="verify()">
            {{ 'verifyEmail.submit' | t }}
          </button>
        </p>
      }
    </app-narrow-page>
  `,
})
export class VerifyEmailPage {
  /** `?token=` */
  readonly token = input<string>();
  private readonly auth = inject(AuthService);
  protected readonly verified = signal<EmailVerifiedDto | null>(null);
  protected readonly submission = formSubmit();

  protected verify(): void {
    const token = this.token();
    if (!token) return;
    this.submission.run(
      () => this.auth.verifyEmail(token),
      (verified) => this.verified.set(verified),
      (error) => [{ key: toApiError(error).statusCode === 400 ? 'verifyEmail.invalid' : 'errors.generic' }],
    );
  }
}
