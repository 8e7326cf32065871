import { BrowserContext, expect, Page } from '@playwright/test';

export const EVENT_2027 = 'Integrationskonferenz 2027';

/** Headers for a state-changing API call (the CSRF token comes from the cookie the API sets). */
export async function csrf(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'X-XSRF-TOKEN': token };
}

export async function eventId(page: Page, title = EVENT_2027): Promise<string> {
  const events = (await (await page.request.get('/api/events')).json()) as { id: string; title: string }[];
  const event = events.find((e) => e.title.includes(title));
  expect(event, title).toBeTruthy();
  return event!.id;
}

/** The 2027 demo event is a copy of 2025 and brings its plan along; journeys that draw start from an empty hall. */
export async function clearPlan(page: Page, id: string): Promise<{ width: number; depth: number }> {
  const { width, depth, version } = (await (await page.request.get(`/api/events/${id}/floor-plan`)).json()) as {
    width: number;
    depth: number;
    version: number;
  };
  const res = await page.request.put(`/api/events/${id}/floor-plan`, {
    headers: await csrf(page.context()),
    data: { width, depth, version, stands: [], features: [] },
  });
  expect(res.status()).toBe(200);
  return { width, depth };
}
