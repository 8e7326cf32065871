import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role, UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { NotificationService } from '../core/notification.service';
import { CredentialsFormComponent } from './credentials-form.component';

const applicant: UserDto = {
  id: '1',
  email: 'kim@example.org',
  name: 'Kim',
  role: Role.Applicant,
  active: true,
  emailVerified: true,
  mustChangePassword: false,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('CredentialsFormComponent', () => {
  it('saves a new password with the current one, then empties both without marking them as missing', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(AuthService).user.set(applicant);
    const show = jest.spyOn(TestBed.inject(NotificationService), 'show');
    const fixture = TestBed.createComponent(CredentialsFormComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const field = (id: string) => el.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    expect(field('credentials-email').value).toBe('kim@example.org');
    for (const [id, value] of [
      ['credentials-new', 'ein-neues-langes-passwort'],
      ['credentials-current', 'das-alte-passwort'],
    ]) {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/me');
    expect(request.request.body).toEqual({
      email: 'kim@example.org',
      newPassword: 'ein-neues-langes-passwort',
      currentPassword: 'das-alte-passwort',
    });
    request.flush(applicant);
    await fixture.whenStable();
    expect(field('credentials-current').value).toBe('');
    expect(field('credentials-new').value).toBe('');
    expect(el.querySelector('mat-error')).toBeNull();
    expect(show).toHaveBeenCalledWith({ key: 'credentials.saved' });
  });
});
