import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { withFakeBackend } from '../core/http/http.testing';
import { VerifyEmailPage } from './verify-email.page';

describe('VerifyEmailPage', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    localStorage.clear();
    ({ http } = withFakeBackend(AuthService, [provideRouter([])]));
  });

  async function confirm(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const fixture = TestBed.createComponent(VerifyEmailPage);
    fixture.componentRef.setInput('token', 'abc');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('button')?.click();
    answer(http.expectOne({ method: 'POST' }));
    await fixture.whenStable();
    return el;
  }

  it('confirms the address only with the button and then says so', async () => {
    const el = await confirm((request) => request.flush({ kind: 'account', email: 'kim@example.org' }));
    expect(el.querySelector('[role=status]')?.textContent).toContain('Die Adresse kim@example.org ist bestätigt.');
    expect(el.querySelector('button')).toBeNull();
  });

  it('names a used or expired link in the alert', async () => {
    const el = await confirm((request) =>
      request.flush({ code: 'invalid_token' }, { status: 400, statusText: 'Bad Request' }),
    );
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Dieser Link ist ungültig');
  });
});
