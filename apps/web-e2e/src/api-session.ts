import { Browser, expect } from '@playwright/test';
import { DEMO_PASSWORD, verificationLink } from './support';

/** A browser context used as an API client: the XSRF cookie echoed on every write, answers checked. */
export async function apiSession(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const request = context.request;
  // The API sets the XSRF cookie on its first answer.
  await request.get('/api/health');
  const headers = async () => ({
    'X-XSRF-TOKEN': (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '',
  });
  const send = async (method: 'post' | 'patch', url: string, data: object = {}) => {
    const response = await request[method](url, { data, headers: await headers() });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return response.status() === 204 ? null : await response.json();
  };
  return {
    get: async (url: string) => (await request.get(url)).json(),
    post: (url: string, data?: object) => send('post', url, data),
    patch: (url: string, data: object) => send('patch', url, data),
    login: (email: string, password = DEMO_PASSWORD) => send('post', '/api/auth/login', { email, password }),
    close: () => context.close(),
  };
}

/** A new applicant (address confirmed) with a complete application submitted to the event; answers its id. */
export async function submittedApplication(
  browser: Browser,
  baseURL: string,
  eventTitle: string,
  applicant: { org: string; project: string; owner: string },
): Promise<string> {
  const api = await apiSession(browser, baseURL);
  await api.post('/api/auth/register', { name: applicant.org, email: applicant.owner, password: DEMO_PASSWORD });
  const token = new URL(await verificationLink(applicant.owner), baseURL).searchParams.get('token');
  await api.post('/api/auth/verify-email', { token });
  const events = (await api.get('/api/events')) as { id: string; title: string; topics: string[] }[];
  const event = events.find((e) => e.title.includes(eventTitle));
  if (!event) throw new Error(`no event ${eventTitle}`);
  const { id } = await api.post(`/api/events/${event.id}/applications`);
  await api.patch(`/api/applications/${id}`, {
    organisationName: applicant.org,
    organisationType: 'verein',
    organisationAddress: 'Musterstraße 3, 40210 Düsseldorf',
    organisationDescription: 'Ein erfundener Verein für die Tests.',
    contactName: 'Test-Kontakt',
    contactEmail: applicant.owner,
    contactPhone: '0211 1234567',
    projectTitle: applicant.project,
    shortText: 'Ein erfundenes Projekt.',
    projectDescription: 'Ein erfundenes Projekt für die Tests.',
    topics: [event.topics[0]],
    standActivity: 'Gespräche am Stand',
    peopleAttending: 2,
    standWidth: 2,
    staffNames: 'Test-Person A',
    termsAccepted: true,
    privacyConsent: true,
  });
  await api.post(`/api/applications/${id}/submit`);
  await api.close();
  return id;
}

/** Scores an application as a demo staff account through the API (every criterion 4). */
export async function reviewAs(browser: Browser, baseURL: string, email: string, ids: string[]): Promise<void> {
  const api = await apiSession(browser, baseURL);
  await api.login(email);
  for (const id of ids) {
    const application = (await api.get(`/api/applications/${id}`)) as { eventId: string };
    const event = (await api.get(`/api/events/${application.eventId}`)) as { reviewCriteria: unknown[] };
    await api.post(`/api/applications/${id}/reviews`, {
      scores: event.reviewCriteria.map(() => 4),
      conflictOfInterest: false,
    });
  }
  await api.close();
}
