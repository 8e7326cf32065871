import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { ApplicationDto, ApplicationStatus, EventDto, EventStatus, LIMITS } from '@markt/shared';
import { I18nService } from '../core/i18n/i18n.service';
import { ApplicationFormComponent } from './application-form.component';
import { ApplicationStore } from './application.store';
import { replyValidationFailed } from '../core/forms/validation-reply.testing';
import { of } from 'rxjs';

const application = {
  id: 'a-1',
  eventId: 'e-1',
  status: ApplicationStatus.Draft,
  organisationName: 'Verein',
} as ApplicationDto;
const event = {
  id: 'e-1',
  status: EventStatus.Open,
  topics: ['Empowerment'],
  applicationOpensAt: '2000-01-01T00:00:00Z',
  applicationClosesAt: '2999-01-01T00:00:00Z',
  date: '2999-06-01',
} as EventDto;

/** Lets the store's resources take the answers and ask for what depends on them. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}

/** The form on `/bewerbungen/a-1?schritt=<step>`, its application loaded by the page's store. */
async function setUp(step = 1) {
  localStorage.clear();
  const route = {
    paramMap: of(convertToParamMap({ id: 'a-1' })),
    queryParamMap: of(convertToParamMap({ schritt: step })),
  };
  TestBed.configureTestingModule({
    imports: [ApplicationFormComponent],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: route },
      ApplicationStore,
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const store = TestBed.inject(ApplicationStore);
  await settle();
  http.expectOne('/api/applications/a-1').flush(application);
  http.expectOne('/api/applications/a-1/history').flush([]);
  await settle();
  http.expectOne('/api/events/e-1').flush(event);
  await settle();
  const saved = jest.spyOn(store, 'saved');
  const fixture = TestBed.createComponent(ApplicationFormComponent);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  return { fixture, el, http, navigate, saved };
}

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function button(el: HTMLElement, name: string): HTMLButtonElement {
  const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('ApplicationFormComponent', () => {
  it('shows the saved values and saves only the step it leaves, then goes on', async () => {
    const { fixture, el, http, navigate, saved } = await setUp();
    expect((el.querySelector('#f-organisationName') as HTMLInputElement).value).toBe('Verein');
    type(el, '#f-organisationName', 'Verein e. V.');
    button(el, 'Weiter').click();
    const request = http.expectOne('/api/applications/a-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual(expect.objectContaining({ organisationName: 'Verein e. V.' }));
    expect(request.request.body).not.toHaveProperty('contactName');
    request.flush({ ...application, organisationName: 'Verein e. V.' });
    await fixture.whenStable();
    expect(saved.mock.calls.map(([a]) => a.organisationName)).toEqual(['Verein e. V.']);
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { schritt: 2 }, queryParamsHandling: 'merge' });
    http.verify();
  });

  it('keeps a step with a mistake open without sending it', async () => {
    const { fixture, el, http, navigate } = await setUp(3);
    type(el, '#f-shortText', 'x'.repeat(401));
    button(el, 'Weiter').click();
    await fixture.whenStable();
    http.expectNone('/api/applications/a-1');
    expect(navigate).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Höchstens 400 Zeichen.');
  });

  it('links the server’s field errors to their step, in the user’s language, keeping what was typed', async () => {
    const { fixture, el, http, navigate } = await setUp();
    type(el, '#f-organisationName', 'Neuer Name');
    button(el, 'Weiter').click();
    replyValidationFailed(http.expectOne('/api/applications/a-1'), {
      field: 'organisationName',
      code: 'maxLength',
      params: { max: 5 },
      message: '',
    });
    await fixture.whenStable();
    const summary = el.querySelector('.error-summary') as HTMLElement;
    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toContain('Schritt 1, Name der Organisation:');
    expect(link.getAttribute('href')).toBe('/bewerbungen/a-1?schritt=1');
    expect(document.activeElement).toBe(summary);
    expect((el.querySelector('#f-organisationName') as HTMLInputElement).value).toBe('Neuer Name');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('keeps a general failure as one message and the typed value', async () => {
    const { fixture, el, http } = await setUp();
    type(el, '#f-organisationName', 'Neuer Name');
    button(el, 'Entwurf speichern').click();
    http.expectOne('/api/applications/a-1').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(el.querySelector('.error-summary p')?.textContent?.trim()).toBe(
      TestBed.inject(I18nService).t('errors.network'),
    );
    expect(el.querySelector('.error-summary a')).toBeNull();
    expect((el.querySelector('#f-organisationName') as HTMLInputElement).value).toBe('Neuer Name');
  });

  it('keeps what was typed when the page is left mid-step', async () => {
    const { fixture, el, http, saved } = await setUp(2);
    type(el, '#f-contactName', 'Kim');
    fixture.destroy();
    const request = http.expectOne('/api/applications/a-1');
    expect(request.request.body).toEqual(expect.objectContaining({ contactName: 'Kim' }));
    request.flush(application);
    expect(saved).not.toHaveBeenCalled();
  });

  it('shows a server error at the topics, which have no input of their own', async () => {
    const { fixture, el, http } = await setUp(3);
    (el.querySelector('#f-topics input[type=checkbox]') as HTMLInputElement).click();
    await fixture.whenStable();
    button(el, 'Weiter').click();
    replyValidationFailed(http.expectOne('/api/applications/a-1'), { field: 'topics', code: 'isIn', message: '' });
    await fixture.whenStable();
    expect(el.querySelector('#f-topics-error')?.textContent?.trim()).toBeTruthy();
    expect(el.querySelector('#f-topics')?.getAttribute('aria-describedby')).toBe('f-topics-hint f-topics-error');
  });

  it('gives the stand step’s number fields the server’s limits, the width a decimal step and its hint', async () => {
    const { el } = await setUp(4);
    const width = el.querySelector('#f-standWidth') as HTMLInputElement;
    expect([width.min, width.max, width.step]).toEqual([
      String(LIMITS.application.standWidth.min),
      String(LIMITS.application.standWidth.max),
      '0.1',
    ]);
    expect(el.textContent).toContain(
      TestBed.inject(I18nService).t('field.standWidthHint', { ...LIMITS.application.standWidth }),
    );
    const tables = el.querySelector('#f-tables') as HTMLInputElement;
    expect([tables.min, tables.max, tables.step]).toEqual([
      String(LIMITS.application.furniture.min),
      String(LIMITS.application.furniture.max),
      '1',
    ]);
    expect(el.querySelector('.field-row #f-peopleAttending')).not.toBeNull();
  });
});
