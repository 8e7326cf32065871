import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationDto, ApplicationStatus } from '@markt/shared';
import { firstValueFrom } from 'rxjs';
import { withFakeBackend } from '../core/http/http.testing';
import { ApplicationsService } from './applications.service';

const existing = { id: 'a-1', eventId: 'e-1', status: ApplicationStatus.Submitted } as ApplicationDto;

describe('ApplicationsService', () => {
  let http: HttpTestingController;
  let service: ApplicationsService;
  beforeEach(() => ({ service, http } = withFakeBackend(ApplicationsService)));
  afterEach(() => http.verify());

  it.each([
    [201, 'Created'],
    [200, 'OK'],
  ])('starting takes the answer of one POST as the application (%s)', async (status, statusText) => {
    const started = firstValueFrom(service.start('e-1'));
    const request = http.expectOne('/api/events/e-1/applications');
    expect(request.request.method).toBe('POST');
    request.flush(existing, { status, statusText });
    expect(await started).toEqual(existing);
  });

  it('passes a refusal on to the page without listing applications', async () => {
    const started = firstValueFrom(service.start('e-1'));
    http
      .expectOne('/api/events/e-1/applications')
      .flush({ code: 'application_period_closed' }, { status: 409, statusText: 'Conflict' });
    await expect(started).rejects.toMatchObject({ status: 409, error: { code: 'application_period_closed' } });
  });
});
