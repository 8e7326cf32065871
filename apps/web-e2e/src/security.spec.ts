import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, checkPage, expectNoAxeViolations, login, logout, screenshot } from './support';

/** A demo applicant whose 2025 application is confirmed, placed and on the public page. */
const EXHIBITOR = { email: 'antrag1@example.org', organisation: 'Verein Brückenbau e. V.' };

test('an exhibitor withdraws publication consent and disappears from the public page at once', async ({
  page,
  browser,
}) => {
  await login(page, EXHIBITOR.email);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Meine Bewerbungen' })
    .click();
  await page
    .getByRole('link', { name: /Stammtischkämpfer/ })
    .first()
    .click();
  await checkPage(page, /Bewerbung: Integrationskonferenz 2025/);
  const consent = page.getByRole('checkbox', { name: /dürfen im öffentlichen Verzeichnis/ });
  await expect(consent).toBeChecked();
  await consent.uncheck();
  await page.getByRole('button', { name: 'Einwilligungen speichern' }).click();
  await expect(page.getByText('Ihre Einwilligungen wurden gespeichert.')).toBeVisible();
  await expect(page.getByText('Einwilligung zur Veröffentlichung widerrufen')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'applicant-consent-withdrawn');

  const eventId = await page.evaluate(async () => {
    const events = (await (await fetch('/api/events')).json()) as { id: string; date: string }[];
    return events.find((e) => e.date === '2025-11-13')!.id;
  });
  const visitorContext = await browser.newContext();
  try {
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/markt/${eventId}`);
    await checkPage(visitor, /^Integrationskonferenz 2025/);
    await expect(visitor.locator('app-exhibitor-card').first()).toBeVisible();
    await expect(visitor.getByText(EXHIBITOR.organisation)).toHaveCount(0);

    // consent given again: back on the next visit (other journeys expect the full demo market); the
    // notice still shows from the first save, so wait for this save itself before the visitor looks
    await consent.check();
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/consents'));
    await page.getByRole('button', { name: 'Einwilligungen speichern' }).click();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByText('Ihre Einwilligungen wurden gespeichert.')).toBeVisible();
    // The market may be cached in a browser for a minute: the next visitor's phone shows it again.
    const nextVisitor = await (await browser.newContext()).newPage();
    await nextVisitor.goto(`/markt/${eventId}`);
    await expect(nextVisitor.getByText(EXHIBITOR.organisation).first()).toBeVisible();
    await nextVisitor.context().close();
  } finally {
    await visitorContext.close();
  }
});

test('a stranger guessing passwords from elsewhere is stopped, and the owner still logs in', async ({
  page,
  browser,
}) => {
  const owner = 'antrag2@example.org';
  const stranger = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.9' } });
  try {
    const attacker = await stranger.newPage();
    await attacker.goto('/anmelden');
    await attacker.getByLabel('E-Mail-Adresse').fill(owner);
    for (let i = 0; i < 5; i++) {
      await attacker.getByLabel('Passwort').fill(`geraten-${i}-xxxx`);
      await attacker.getByRole('button', { name: 'Anmelden' }).click();
      await expect(attacker.getByText('E-Mail-Adresse oder Passwort ist falsch.').first()).toBeVisible();
    }
    // even the right password no longer works from the stranger's address ...
    await attacker.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await attacker.getByRole('button', { name: 'Anmelden' }).click();
    await expect(attacker.getByText('Zu viele Versuche. Bitte warten Sie einige Minuten.').first()).toBeVisible();
    await expectNoAxeViolations(attacker);
  } finally {
    await stranger.close();
  }

  // the organisers see which account is under attack ...
  await login(page, DEMO.admin);
  await page.goto('/verwaltung/personal');
  await checkPage(page, 'Personal verwalten');
  const throttled = page.getByRole('region', { name: 'Gebremste Anmeldungen' });
  await expect(throttled.getByRole('cell', { name: owner })).toBeVisible();
  await screenshot(page, 'staff-throttled-accounts');
  await logout(page);

  // ... and the owner, from their own device, still gets in
  await login(page, owner);
});
