import { HttpTestingController } from '@angular/common/http/testing';
import { Role, UserDto } from '@markt/shared';
import { firstValueFrom } from 'rxjs';
import { withFakeBackend } from '../http/http.testing';
import { AuthService } from './auth.service';

const reviewer: UserDto = {
  id: '1',
  email: 'r@example.org',
  name: 'Rita',
  role: Role.Reviewer,
  active: true,
  emailVerified: true,
  mustChangePassword: false,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('AuthService', () => {
  let http: HttpTestingController;
  let auth: AuthService;
  beforeEach(() => ({ service: auth, http } = withFakeBackend(AuthService)));
  afterEach(() => jest.restoreAllMocks());

  it('takes "nobody" (204) for a visitor, without a warning', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loading = auth.load();
    http.expectOne('/api/auth/me').flush(null, { status: 204, statusText: 'No Content' });
    await loading;
    expect(auth.user()).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('knows the logged-in account', async () => {
    const loading = auth.load();
    http.expectOne('/api/auth/me').flush(reviewer);
    await loading;
    expect(auth.user()).toEqual(reviewer);
    expect(auth.isStaff()).toBe(true);
  });

  it('counts a server that cannot be reached as anonymous', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loading = auth.load();
    http.expectOne('/api/auth/me').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await loading;
    expect(auth.user()).toBeNull();
  });

  it('forgets the account on logout even when the server does not answer', async () => {
    auth.user.set(reviewer);
    const loggingOut = firstValueFrom(auth.logout());
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'), { status: 0 });
    await loggingOut;
    expect(auth.user()).toBeNull();
  });
});
