import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuthService } from '../core/auth/auth.service';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** Until the account's address is confirmed, says so and offers to send the link again. */
@Component({
  selector: 'app-email-verification-notice',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.user(); as user) {
      @if (!user.emailVerified) {
        <section class="message" aria-labelledby="verify-notice-heading">
          <h2 id="verify-notice-heading">{{ 'verifyEmail.noticeHeading' | t }}</h2>
          <p>{{ 'verifyEmail.notice' | t: { email: user.email } }}</p>
          <p>
            <button mat-stroked-button type="button" [disabled]="resending.pending()" (click)="resend()">
              {{ 'verifyEmail.resend' | t }}
            </button>
          </p>
          <div role="status">
            @if (sent()) {
              <p>{{ 'verifyEmail.resent' | t }}</p>
            }
            @for (error of resending.errors(); track error.key) {
              <p>{{ error.key | t }}</p>
            }
          </div>
        </section>
      }
    }
  `,
})
export class EmailVerificationNoticeComponent {
  protected readonly auth = inject(AuthService);
  protected readonly resending = formSubmit();
  protected readonly sent = signal(false);

  protected resend(): void {
    this.sent.set(false);
    this.resending.run(
      () => this.auth.resendVerification(),
      () => this.sent.set(true),
      () => [{ key: 'errors.generic' }],
    );
  }
}
