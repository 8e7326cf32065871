import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  ChangeCredentialsInput,
  EmailVerifiedDto,
  LoginInput,
  PasswordResetInput,
  RegisterInput,
  Role,
  UserDto,
  isStaff,
} from '@markt/shared';
import { Observable, catchError, firstValueFrom, of, tap } from 'rxjs';

/** Who is logged in. The session itself is an HttpOnly cookie the browser sends. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);

  readonly user = signal<UserDto | null>(null);
  readonly role = computed(() => this.user()?.role ?? null);
  readonly isLoggedIn = computed(() => this.user() !== null);
  readonly isStaff = computed(() => isStaff(this.role()));
  readonly isAdmin = computed(() => this.role() === Role.Admin);
  readonly isApplicant = computed(() => this.role() === Role.Applicant);

  /** Loads the current user at startup: a visitor gets 204 (no body), a failure (server down) means anonymous too. */
  async load(): Promise<void> {
    try {
      this.user.set((await firstValueFrom(this.http.get<UserDto | null>('/api/auth/me'))) ?? null);
    } catch (error) {
      console.warn('Could not load the current user', error);
      this.user.set(null);
    }
  }

  login(input: LoginInput): Observable<UserDto> {
    return this.http.post<UserDto>('/api/auth/login', input).pipe(tap((user) => this.user.set(user)));
  }

  register(input: RegisterInput): Observable<UserDto> {
    return this.http.post<UserDto>('/api/auth/register', input).pipe(tap((user) => this.user.set(user)));
  }

  /** Always answers 204, whether or not the address has an account. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', { email });
  }

  resetPassword(input: PasswordResetInput): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', input);
  }

  /** Uses the one-time link from a verification mail; the logged-in account learns it is verified. */
  verifyEmail(token: string): Observable<EmailVerifiedDto> {
    return this.http.post<EmailVerifiedDto>('/api/auth/verify-email', { token }).pipe(
      tap((verified) => {
        const user = this.user();
        if (verified.kind === 'account' && user?.email === verified.email)
          this.user.set({ ...user, emailVerified: true });
      }),
    );
  }

  /** A new email address (confirmed again by link) or password, with the current password. */
  changeCredentials(input: ChangeCredentialsInput): Observable<UserDto> {
    return this.http.patch<UserDto>('/api/me', input).pipe(tap((user) => this.user.set(user)));
  }

  resendVerification(): Observable<void> {
    return this.http.post<void>('/api/auth/verification', {});
  }

  /** Ends the session; the tab forgets the user even when the server does not answer (then its session is lost anyway). */
  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {}).pipe(
      catchError(() => of(undefined)),
      tap(() => this.user.set(null)),
    );
  }
}
