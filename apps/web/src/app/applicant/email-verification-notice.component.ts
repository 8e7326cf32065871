import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuthService } from '../core/auth/auth.service';
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
            <button mat-stroked-button type="button" [disabled]="state() === 'sending'" (click)="resend()">
              {{ 'verifyEmail.resend' | t }}
            </button>
          </p>
          <div role="status">
            @if (state() === 'sent') {
              <p>{{ 'verifyEmail.resent' | t }}</p>
            } @else if (state() === 'error') {
              <p>{{ 'errors.generic' | t }}</p>
            }
          </div>
        </section>
      }
    }
  `,
})
export class EmailVerificationNoticeComponent {
  protected readonly auth = inject(AuthService);
  protected readonly state = signal<'idle' | 'sending' | 'sent' | 'error'>('idle');

  protected resend(): void {
    this.state.set('sending');
    this.auth.resendVerification().subscribe({
      next: () => this.state.set('sent'),
      error: () => this.state.set('error'),
    });
  }
}
