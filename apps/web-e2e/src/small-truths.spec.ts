import { expect, test } from '@playwright/test';
import { apiSession } from './api-session';
import { DEMO, checkPage, login } from './support';

/** Details users noticed (issue 14), as a browser shows them. */

test.describe('in a browser set to UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('a public page shows the Berlin deadline as 23:59, without a console error for the anonymous visitor', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const me: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/auth/me') me.push(response.status());
    });
    await page.goto('/veranstaltungen');
    await checkPage(page, 'Veranstaltungen');
    // 2027-09-15T21:59:59Z: 23:59 in Berlin (summer time), 21:59 on the browser's UTC clock
    await expect(page.getByText('15. September 2027 um 23:59').first()).toBeVisible();
    await expect(page.getByText('um 21:59')).toHaveCount(0);
    expect(me).toEqual([204]);
    expect(errors).toEqual([]);
  });
});

test('an applicant opening a staff address sees "Kein Zugriff" there, not the home page', async ({ page }) => {
  await login(page, DEMO.applicant);
  await page.goto('/verwaltung/personal');
  await checkPage(page, 'Kein Zugriff');
  await expect(page.getByText('Dieser Bereich ist für Ihr Konto (Antragsteller*in) nicht freigegeben.')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/verwaltung/personal');
  await expect(page).toHaveTitle(/^Kein Zugriff/);
});

test('a new staff account replaces its provisional password before anything else', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `neu.${Date.now()}@example.org`;
  const admin = await apiSession(browser, baseURL ?? '');
  await admin.login(DEMO.admin);
  await admin.post('/api/users', { email, name: 'Neu im Team', password: 'vorlaeufig-12345', role: 'reviewer' });
  await admin.close();

  await login(page, email, 'vorlaeufig-12345');
  await checkPage(page, 'Eigenes Passwort festlegen');
  // every staff address leads back here until it is done
  await page.goto('/pruefung');
  await checkPage(page, 'Eigenes Passwort festlegen');
  await page.goto('/veranstaltungen');
  await checkPage(page, 'Eigenes Passwort festlegen');
  await page.getByLabel('Vorläufiges Passwort').fill('vorlaeufig-12345');
  await page.getByLabel('Neues Passwort').fill('mein-eigenes-passwort');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await expect(page.getByText('Ihr eigenes Passwort gilt ab jetzt.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Eigenes Passwort festlegen' })).toHaveCount(0);
  // on to where they last wanted to go
  await checkPage(page, 'Veranstaltungen');
  expect(new URL(page.url()).pathname).toBe('/veranstaltungen');
});
