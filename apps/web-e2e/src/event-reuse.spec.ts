import { expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, expectNoAxeViolations, login, logout, screenshot } from './support';

const EVENT_2025 = /^Integrationskonferenz 2025/;
/** A demo applicant whose 2025 application was confirmed and placed on a stand. */
const PLACED_APPLICANT = 'antrag1@example.org';

async function eventId(page: Page, date: string): Promise<string> {
  const events: { id: string; date: string }[] = await (await page.request.get('/api/events')).json();
  const event = events.find((e) => e.date === date);
  if (!event) throw new Error(`no demo event on ${date}`);
  return event.id;
}

test('an admin copies the 2025 event: title and dates asked, plan and settings taken over, no applicants', async ({
  page,
}) => {
  await login(page, DEMO.admin);
  await page.goto('/');
  await page.getByRole('link', { name: /^Kopieren\s*: Integrationskonferenz 2025/ }).click();
  await checkPage(page, 'Veranstaltung kopieren');
  await expect(page.getByText(/übernimmt von „Integrationskonferenz 2025/)).toBeVisible();

  // Nothing filled in: field-level errors, the page stays accessible.
  await page.getByRole('button', { name: 'Kopie anlegen' }).click();
  await expect(page.getByLabel('Titel')).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByLabel('Titel').fill('Integrationskonferenz 2029');
  await page.getByLabel('Datum').fill('2029-11-15');
  await page.getByLabel('Bewerbung möglich ab').fill('2028-10-01T00:00');
  await page.getByLabel('Bewerbungsschluss').fill('2029-09-15T23:59');
  await screenshot(page, 'event-copy-form');
  await page.getByRole('button', { name: 'Kopie anlegen' }).click();

  await checkPage(page, 'Veranstaltung bearbeiten');
  await expect(page.getByText('Die Kopie wurde als Entwurf angelegt.')).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue('Integrationskonferenz 2029');
  await expect(page.getByLabel('Thema 1')).toHaveValue('Extremismusprävention');
  const copyId = new URL(page.url()).pathname.split('/').pop() as string;
  const [plan2025, copyPlan] = await Promise.all(
    [await eventId(page, '2025-11-13'), copyId].map(async (id) =>
      (await page.request.get(`/api/events/${id}/floor-plan`)).json(),
    ),
  );
  expect(copyPlan.stands.map((s: { number: string }) => s.number).sort()).toEqual(
    plan2025.stands.map((s: { number: string }) => s.number).sort(),
  );
  const assignments = await (await page.request.get(`/api/events/${copyId}/assignments`)).json();
  expect(assignments.assignments).toEqual([]);
});

test('an admin previews retention and runs it after confirming', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.goto('/');
  await page.getByRole('link', { name: 'Aufbewahrung und Löschung' }).click();
  await checkPage(page, 'Aufbewahrung und Löschung personenbezogener Daten', 'retention-preview');
  const row = page.getByRole('row', { name: EVENT_2025 });
  await expect(row).toContainText('13. November 2025');
  await expect(row).toContainText('14. November 2027');

  await page.getByRole('button', { name: 'Fällige Daten jetzt löschen …' }).click();
  await expect(page.getByRole('heading', { name: 'Fällige Daten wirklich löschen?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Erledigt:' })).toContainText('0 Konten gelöscht');
  await expect(page.getByRole('button', { name: 'Fällige Daten jetzt löschen …' })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the applicant of an assigned stand sees its number and place, and updates who staffs it', async ({ page }) => {
  // The organisers allow changes to the people at the stands until tomorrow.
  await login(page, DEMO.admin);
  await page.goto(`/verwaltung/veranstaltungen/${await eventId(page, '2025-11-13')}`);
  await checkPage(page, 'Veranstaltung bearbeiten');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Personen am Stand änderbar bis').fill(`${tomorrow}T18:00`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Veranstaltung wurde gespeichert.')).toBeVisible();
  await logout(page);

  await login(page, PLACED_APPLICANT);
  const own: { id: string; eventId: string }[] = await (await page.request.get('/api/applications')).json();
  const eventOf2025 = await eventId(page, '2025-11-13');
  const application = own.find((a) => a.eventId === eventOf2025);
  if (!application) throw new Error(`${PLACED_APPLICANT} has no 2025 application`);
  const { stand } = await (await page.request.get(`/api/applications/${application.id}`)).json();
  expect(stand).not.toBeNull();

  await page.goto(`/bewerbungen/${application.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Ihr Stand' })).toBeVisible();
  await expect(page.getByText(`Stand Nr. ${stand.number}`, { exact: true })).toBeVisible();
  const plan = page.getByRole('img', { name: new RegExp(`Ihr Stand Nr. ${stand.number} ist hervorgehoben`) });
  await expect(plan).toBeVisible();
  await expect(page.locator(`app-plan-view g.stand[data-stand="${stand.number}"]`)).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await expectNoAxeViolations(page);
  await screenshot(page, 'applicant-stand');

  const names = page.getByLabel('Namen der Personen am Stand');
  await names.fill('');
  await page.getByRole('button', { name: 'Personen speichern' }).click();
  await expect(names).toBeFocused();
  await expectNoAxeViolations(page);
  await names.fill('Demo-Person A, Demo-Person B');
  await page
    .getByLabel('Barrierefreiheits- oder Unterstützungsbedarf dieser Personen')
    .fill('Ein Platz nahe am Eingang');
  await page.getByRole('button', { name: 'Personen speichern' }).click();
  await expect(page.getByText('Die Personen am Stand wurden gespeichert.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Namen der Personen am Stand')).toHaveValue('Demo-Person A, Demo-Person B');
  await expectNoAxeViolations(page);
});
