import { expect, test } from '@playwright/test';
import { checkPage, DEMO, expectNoAxeViolations, login, logout, screenshot } from './support';

test.describe('public pages', () => {
  const pages: [path: string, heading: string | RegExp, name: string][] = [
    ['/', 'Willkommen beim Markt der Möglichkeiten', 'home-public'],
    ['/veranstaltungen', 'Veranstaltungen', 'events'],
    ['/impressum', 'Impressum', 'imprint'],
    ['/datenschutz', 'Datenschutzerklärung', 'privacy'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit', 'accessibility'],
    ['/leichte-sprache', 'Leichte Sprache', 'easy-language'],
    ['/anmelden', 'Anmelden', 'login'],
    ['/registrieren', 'Registrieren', 'register'],
    ['/gibt-es-nicht', 'Seite nicht gefunden', 'not-found'],
  ];
  for (const [path, heading, name] of pages) {
    test(`${path} is accessible`, async ({ page }) => {
      await page.goto(path);
      await checkPage(page, heading, name);
    });
  }

  test('the footer links every page a public body must have', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('navigation', { name: 'Rechtliches und Service' });
    for (const [link, heading] of [
      ['Impressum', 'Impressum'],
      ['Datenschutz', 'Datenschutzerklärung'],
      ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
      ['Leichte Sprache', 'Leichte Sprache'],
    ]) {
      await footer.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  });

  test('the event detail shows the 2025 conference as the city describes it', async ({ page }) => {
    await page.goto('/veranstaltungen');
    await page
      .getByRole('link', { name: /Integrationskonferenz 2025/ })
      .first()
      .click();
    await checkPage(page, /Demokratie in Bedrängnis – was wir tun können/, 'event-detail');
    await expect(page.getByText('Plenarsaal').first()).toBeVisible();
    await expect(page.getByText(/13\.11\.2025|13\. November 2025/).first()).toBeVisible();
  });

  test('the accessibility feedback form sends a message', async ({ page }) => {
    await page.goto('/barrierefreiheit');
    await page.getByLabel('Ihre Nachricht').fill('Der Fokusrahmen im Menü ist schwer zu sehen.');
    await page.getByRole('button', { name: 'Feedback senden' }).click();
    await expect(page.getByText('Vielen Dank! Ihre Nachricht wurde übermittelt.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('switches to English and back, and the whole page follows', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await checkPage(page, /Welcome/, 'home-public-en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('keyboard: the skip link is the first stop and leads to the main content', async ({ page }) => {
    await page.goto('/impressum');
    await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('works at a 390 px wide phone viewport without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await checkPage(page, 'Willkommen beim Markt der Möglichkeiten', 'home-public-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('an applicant registers, logs in and sees the open event', async ({ page }) => {
  const email = `neu-${Date.now()}@example.org`;
  await page.goto('/registrieren');
  await page.getByLabel('Name').fill('Neue Antragstellerin');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill('ein-sicheres-passwort');
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await checkPage(page, 'Willkommen, Neue Antragstellerin', 'home-applicant');
  await expect(page.getByText('Integrationskonferenz 2027').first()).toBeVisible();

  await logout(page);
  await login(page, email, 'ein-sicheres-passwort');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Neue Antragstellerin' })).toBeVisible();
  await expect(page.getByText('Integrationskonferenz 2027').first()).toBeVisible();

  // Applicants have no way into staff pages.
  await page.goto('/verwaltung/personal');
  await expect(page.getByRole('heading', { level: 1, name: 'Personal verwalten' })).toHaveCount(0);
});

test('registration shows the server’s field errors in German', async ({ page }) => {
  await page.goto('/registrieren');
  await page.getByLabel('Name').fill('Doppelt');
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.applicant);
  await page.getByLabel('Passwort').fill('ein-sicheres-passwort');
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page.getByText('Für diese E-Mail-Adresse gibt es bereits ein Konto.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Doppelt');
  await expectNoAxeViolations(page);
});

test('a wrong password gets one generic message', async ({ page }) => {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.admin);
  await page.getByLabel('Passwort').fill('falsches-passwort');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin edits the event and creates a reviewer account', async ({ page }) => {
  await login(page, DEMO.admin);
  await checkPage(page, 'Übersicht für die Organisation', 'home-admin');

  await page.goto('/veranstaltungen');
  await page.getByRole('link', { name: 'Integrationskonferenz 2027' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integrationskonferenz 2027' })).toBeVisible();
  const eventUrl = page.url();
  const eventId = eventUrl.split('/').pop();
  await page.goto(`/verwaltung/veranstaltungen/${eventId}`);
  await checkPage(page, 'Veranstaltung bearbeiten', 'event-edit');
  await page.getByLabel('Geplante Stände (Anzahl)').fill('26');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Veranstaltung wurde gespeichert.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Geplante Stände (Anzahl)')).toHaveValue('26');

  // A server-side rule across fields shows at the field, and nothing typed is lost.
  await page.getByLabel('Beginn (Uhrzeit)').fill('18:00');
  await page.getByLabel('Ende (Uhrzeit)').fill('17:00');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByLabel('Ende (Uhrzeit)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Beginn (Uhrzeit)')).toHaveValue('18:00');
  await expectNoAxeViolations(page);
  await screenshot(page, 'event-edit-errors');

  await page.goto('/verwaltung/personal');
  await checkPage(page, 'Personal verwalten', 'staff');
  const email = `pruefer-${Date.now()}@example.org`;
  await page.getByLabel('Name', { exact: true }).fill('Neue Prüferin');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Vorläufiges Passwort').fill('vorlaeufiges-passwort');
  await page.getByRole('button', { name: 'Personalkonto anlegen' }).click();
  await expect(page.getByText('Das Konto für Neue Prüferin wurde angelegt.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toBeVisible();
  await expectNoAxeViolations(page);

  await logout(page);
  await login(page, email, 'vorlaeufiges-passwort');
  // the provisional password is replaced first
  await checkPage(page, 'Eigenes Passwort festlegen', 'password-change');
  await page.getByLabel('Vorläufiges Passwort').fill('vorlaeufiges-passwort');
  await page.getByLabel('Neues Passwort').fill('ein-eigenes-passwort');
  await page.getByRole('button', { name: 'Passwort festlegen' }).click();
  await checkPage(page, 'Übersicht für Prüfer*innen', 'home-reviewer');
});

test('an admin creates a new event with the keyboard-friendly form', async ({ page }) => {
  await login(page, DEMO.admin);
  await page.goto('/verwaltung/veranstaltungen/neu');
  await checkPage(page, 'Neue Veranstaltung anlegen', 'event-new');
  await page.getByLabel('Titel', { exact: true }).fill('Integrationspreis 2026 – Fachtag');
  await page.getByLabel('Datum').fill('2026-12-10');
  await page.getByLabel('Beginn (Uhrzeit)').fill('10:00');
  await page.getByLabel('Ende (Uhrzeit)').fill('16:00');
  await page.getByLabel('Name des Veranstaltungsorts').fill('Plenarsaal');
  await page.getByLabel('Adresse des Veranstaltungsorts').fill('Marktplatz 2, 40213 Düsseldorf');
  await page.getByLabel('Bewerbung möglich ab').fill('2026-11-01T00:00');
  await page.getByLabel('Bewerbungsschluss').fill('2026-11-30T23:59');
  await page.getByLabel('Geplante Stände (Anzahl)').fill('10');
  await page.getByRole('button', { name: 'Thema hinzufügen' }).click();
  await page.getByLabel('Thema 1').fill('Demokratiebildung');
  await page.getByLabel('Kriterium 1: Bezeichnung').fill('Qualität');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Veranstaltung wurde gespeichert.')).toBeVisible();
  await expect(page).toHaveURL(/\/verwaltung\/veranstaltungen\/[0-9a-f-]{36}$/);
});
