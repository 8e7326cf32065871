import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmailVerifiedDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * `/email-bestaetigen?token=…`: the link from a verification mail. The address is confirmed only with
 * the button, so a mail scanner that opens the link does not use it up.
 */
@Component({
  selector: 'app-verify-email-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'verifyEmail.heading' | t }}</h1>
      <div role="status">
        @if (verified(); as done) {
          <p class="message message--success">
            {{ (done.kind === 'contact' ? 'verifyEmail.contactDone' : 'verifyEmail.done') | t: { email: done.email } }}
          </p>
        }
      </div>
      <div role="alert">
        @if (failed()) {
          <p class="message message--error">{{ failed()! | t }}</p>
        }
      </div>
      @if (verified()) {
        <p>
          <a routerLink="/">{{ 'verifyEmail.toStart' | t }}</a>
        </p>
      } @else if (!token()) {
        <p class="message message--error">{{ 'verifyEmail.missingToken' | t }}</p>
      } @else {
        <p>{{ 'verifyEmail.intro' | t }}</p>
        <p>
          <button mat-flat-button type="button" [disabled]="busy()" (click)="verify()">
            {{ 'verifyEmail.submit' | t }}
          </button>
        </p>
      }
    </div>
  `,
})
export class VerifyEmailPage {
  /** `?token=` */
  readonly token = input<string>();
  private readonly auth = inject(AuthService);
  protected readonly busy = signal(false);
  protected readonly verified = signal<EmailVerifiedDto | null>(null);
  protected readonly failed = signal<string | null>(null);

  protected verify(): void {
    const token = this.token();
    if (!token || this.busy()) return;
    this.busy.set(true);
    this.failed.set(null);
    this.auth.verifyEmail(token).subscribe({
      next: (verified) => {
        this.busy.set(false);
        this.verified.set(verified);
      },
      error: (error) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        this.failed.set(apiError.statusCode === 400 ? 'verifyEmail.invalid' : 'errors.generic');
      },
    });
  }
}
