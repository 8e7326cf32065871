import { expect, Page, test } from '@playwright/test';
import { checkPage, expectNoAxeViolations, logout, screenshot, verifyEmail } from './support';

const EVENT = 'Integrationskonferenz 2027';
const PASSWORD = 'Sicheres-Passwort-2027';
/** A 1×1 pixel PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const stepHeading = (page: Page, n: number, name: string) =>
  page.getByRole('heading', { level: 2, name: `Schritt ${n} von 6: ${name}` });

/** Registers and, unless told otherwise, confirms the address with the link from the mail. */
async function register(page: Page, name: string, email: string, { verify = true } = {}): Promise<void> {
  await page.goto('/registrieren');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  if (!verify) return;
  await verifyEmail(page, email);
  await page.goto('/');
}

/** Starts an application from the home page; returns its address. */
async function startApplication(page: Page): Promise<string> {
  await checkPage(page, /Willkommen/);
  await page.getByRole('button', { name: `Bewerbung starten: ${EVENT}`, exact: true }).click();
  await expect(page).toHaveURL(/\/bewerbungen\/[0-9a-f-]{36}\?schritt=1$/);
  await checkPage(page, `Bewerbung: ${EVENT}`);
  await expect(stepHeading(page, 1, 'Organisation')).toBeVisible();
  return new URL(page.url()).pathname;
}

async function next(page: Page, n: number, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(stepHeading(page, n, name)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`schritt=${n}$`));
  await expectNoAxeViolations(page);
}

async function fillOrganisation(page: Page, organisation: string): Promise<void> {
  await page.getByLabel('Name der Organisation').fill(organisation);
  await page.getByLabel('Art der Organisation').selectOption({ label: 'Migrant*innenorganisation' });
  await page.getByLabel('Anschrift').fill('Musterstraße 1, 40213 Düsseldorf');
  await page.getByLabel('Website').fill('https://www.beispiel-verein.example');
  await page.getByLabel('Kurze Selbstbeschreibung').fill('Ein fiktiver Verein für Demokratiebildung.');
}

async function fillContact(page: Page): Promise<void> {
  // name and email come from the account
  await expect(page.getByLabel('E-Mail-Adresse der Ansprechperson')).not.toHaveValue('');
  await page.getByLabel('Telefonnummer für den Veranstaltungstag').fill('0211 89-12345');
}

async function fillProject(page: Page, title: string): Promise<void> {
  await page.getByLabel('Titel des Projekts').fill(title);
  const shortText = 'Wir zeigen, wie Nachbarschaften gegen Hass zusammenhalten.';
  await page.getByLabel('Kurztext für das öffentliche Verzeichnis').fill(shortText);
  await expect(page.getByText(`${shortText.length} von 400 Zeichen`)).toBeVisible();
  await page.getByLabel('Ausführliche Beschreibung des Projekts').fill('Workshops, Beratung und ein Quiz.');
  const topics = page.getByRole('group', { name: /Themen/ });
  await topics.getByRole('checkbox', { name: 'Demokratiebildung' }).check();
  await topics.getByRole('checkbox', { name: 'Empowerment' }).check();
  await page.getByLabel('Zielgruppen').fill('Jugendliche, Eltern');
  await page.getByLabel('Sprachen am Stand').fill('Deutsch, Arabisch');
}

async function fillStand(page: Page): Promise<void> {
  await page.getByLabel('Was passiert an Ihrem Stand?').fill('Ein Demokratie-Quiz zum Mitmachen.');
  await page
    .getByRole('radiogroup', { name: 'Gibt es ein Mitmach-Angebot?' })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await page.getByLabel('Anzahl der Personen am Stand').fill('2');
  await page.getByLabel('Tische').fill('1');
  await page.getByLabel('Stühle').fill('2');
  await page.getByRole('checkbox', { name: 'Stromanschluss' }).check();
  await page.getByLabel('Standbreite in Metern').fill('2.5');
  await page.getByLabel('Weitere Wünsche').fill('Neben dem Stand des Jugendrings');
}

async function fillTeamAndConsents(page: Page, organisation: string): Promise<void> {
  await page.getByLabel('Namen der Personen am Stand').fill('Kim Beispiel, Sam Muster');
  await page.getByRole('checkbox', { name: /Teilnahmebedingungen/ }).check();
  await page.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ }).check();
  await page.getByRole('checkbox', { name: /öffentlichen Verzeichnis/ }).check();
  await page.getByLabel(/Logo-Datei auswählen/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('img', { name: `Logo von ${organisation}` })).toBeVisible();
  await expectNoAxeViolations(page);
}

async function submit(page: Page): Promise<void> {
  await expect(page.getByText('Alle nötigen Angaben sind vorhanden.')).toBeVisible();
  await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Eingereicht');
  await expect(page.getByText('Ihre Bewerbung wurde eingereicht.')).toBeVisible();
  await checkPage(page, `Bewerbung: ${EVENT}`);
}

test.describe('applicant portal', () => {
  test('an applicant applies in steps, keeps the draft over a reload, submits and edits afterwards', async ({
    page,
  }) => {
    const stamp = Date.now();
    const organisation = 'Nachbarschaft verbindet e. V.';
    const email = `kim-${stamp}@example.org`;
    // a new account is asked to confirm its address before anything is submitted or mailed
    await register(page, 'Kim Beispiel', email, { verify: false });
    await expect(page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeVisible();
    await expect(page.getByText(`Wir haben einen Bestätigungslink an ${email} geschickt.`)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'applicant-verify-notice');
    await verifyEmail(page, email);
    await screenshot(page, 'verify-email-done');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toHaveCount(0);
    const address = await startApplication(page);

    await fillOrganisation(page, organisation);
    await next(page, 2, 'Kontakt');
    await fillContact(page);
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect(page.getByText(/Gespeichert \(/)).toBeVisible();

    // nothing is lost on a reload: the step and the saved values come from the server
    await page.reload();
    await expect(stepHeading(page, 2, 'Kontakt')).toBeVisible();
    await expect(page.getByLabel('Telefonnummer für den Veranstaltungstag')).toHaveValue('0211 89-12345');
    await page.getByRole('link', { name: '1. Organisation' }).click();
    await expect(stepHeading(page, 1, 'Organisation')).toBeFocused();
    await expect(page.getByRole('link', { name: '1. Organisation' })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByLabel('Name der Organisation')).toHaveValue(organisation);
    await expect(page.getByLabel('Art der Organisation')).toHaveValue('migrantenorganisation');
    await page.getByRole('link', { name: '3. Projekt' }).click();
    await expect(stepHeading(page, 3, 'Projekt')).toBeFocused();

    // a client-side check keeps the user on the step with a message at the field
    await page.getByLabel('Titel des Projekts').fill('Gemeinsam stark');
    await page.getByLabel('Kurztext für das öffentliche Verzeichnis').fill('x'.repeat(401));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.getByText('Höchstens 400 Zeichen.')).toBeVisible();
    await expect(stepHeading(page, 3, 'Projekt')).toBeVisible();

    await fillProject(page, 'Gemeinsam stark');
    await next(page, 4, 'Stand und Bedarf');
    await fillStand(page);
    await next(page, 5, 'Team und Einwilligungen');
    await fillTeamAndConsents(page, organisation);
    await next(page, 6, 'Prüfen und absenden');
    await expect(page.getByText('Gemeinsam stark')).toBeVisible();
    await expect(page.getByText('Migrant*innenorganisation')).toBeVisible();
    await submit(page);
    await expect(page.getByRole('heading', { name: 'Verlauf' })).toBeVisible();

    // edit after submission, until the deadline
    // the accessible name reads "Bearbeiten: Projekt", without a space before the colon
    await page.getByRole('link', { name: 'Bearbeiten: Projekt', exact: true }).click();
    await expect(stepHeading(page, 3, 'Projekt')).toBeFocused();
    await page.getByLabel('Titel des Projekts').fill('Gemeinsam stark – neu');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByText(/Gespeichert \(/)).toBeVisible();
    await page.getByRole('link', { name: 'Status und Verlauf ansehen' }).click();
    await expect(page.getByTestId('application-status')).toHaveText('Eingereicht');
    await expect(page.getByText('Gemeinsam stark – neu')).toBeVisible();
    await expect(page.getByText('Nach dem Einreichen geändert').first()).toBeVisible();

    // the list shows it with its status
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Meine Bewerbungen' })
      .click();
    await checkPage(page, 'Meine Bewerbungen', 'applicant-applications');
    const card = page.getByRole('article').filter({ hasText: 'Gemeinsam stark – neu' });
    await expect(card.getByText('Eingereicht')).toBeVisible();
    await expect(page.getByRole('link', { name: `Zur Bewerbung: ${EVENT}`, exact: true })).toBeVisible();

    // withdrawal asks first, with the focus in the question
    await card.getByRole('link', { name: 'Gemeinsam stark – neu' }).click();
    await page.getByRole('button', { name: 'Bewerbung zurückziehen' }).click();
    await expect(page.getByRole('heading', { name: 'Bewerbung wirklich zurückziehen?' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('button', { name: 'Bewerbung zurückziehen' })).toBeFocused();

    // another applicant cannot open it
    await logout(page);
    await register(page, 'Alex Andere', `alex-${stamp}@example.org`);
    await page.goto(address);
    await checkPage(page, 'Bewerbung nicht gefunden');
    await expect(page.getByText('Diese Bewerbung wurde nicht gefunden.')).toBeVisible();
    await expect(page.getByText('Gemeinsam stark')).toHaveCount(0);

    // my data: export link and account deletion after a confirmation step
    await page.getByRole('link', { name: 'Meine Daten' }).click();
    await checkPage(page, 'Meine Daten', 'applicant-my-data');
    await expect(page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' })).toHaveAttribute(
      'href',
      '/api/me/export',
    );
    await page.getByRole('button', { name: 'Konto löschen' }).click();
    await expect(page.getByRole('heading', { name: 'Konto wirklich löschen?' })).toBeFocused();
    await expect(page.getByText('Entwürfe und zurückgezogenen Bewerbungen werden gelöscht')).toBeVisible();
    await expectNoAxeViolations(page);
    // the password is asked again: a wrong one is a field error and nothing is deleted
    await page.getByLabel('Ihr Passwort').fill('falsches-Passwort-123');
    await page.getByRole('button', { name: 'Ja, Konto endgültig löschen' }).click();
    await expect(page.getByText('Das Passwort ist falsch.').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Ihr Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Ja, Konto endgültig löschen' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('Ihr Konto wurde gelöscht.')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
  });

  test('the form works on a 390 px wide phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const organisation = 'Initiative Vielfalt';
    await register(page, 'Sam Muster', `sam-${Date.now()}@example.org`);
    await startApplication(page);
    const noHorizontalScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await fillOrganisation(page, organisation);
    await noHorizontalScroll();
    await next(page, 2, 'Kontakt');
    await fillContact(page);
    await next(page, 3, 'Projekt');
    await fillProject(page, 'Vielfalt erleben');
    await noHorizontalScroll();
    await next(page, 4, 'Stand und Bedarf');
    await fillStand(page);
    await next(page, 5, 'Team und Einwilligungen');
    await fillTeamAndConsents(page, organisation);
    await noHorizontalScroll();
    await next(page, 6, 'Prüfen und absenden');
    await noHorizontalScroll();
    await submit(page);
    await noHorizontalScroll();
  });

  test('submission lists what is missing, each linked to its step and field', async ({ page }) => {
    await register(page, 'Robin Test', `robin-${Date.now()}@example.org`);
    await startApplication(page);
    await page.getByRole('link', { name: '6. Prüfen und absenden' }).click();
    await expect(stepHeading(page, 6, 'Prüfen und absenden')).toBeFocused();
    await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie diese Angaben' });
    await expect(summary).toBeFocused();
    await expectNoAxeViolations(page);
    await summary
      .getByRole('link', {
        name: /Schritt 5, Datenschutzhinweise.*zustimmen|Schritt 5, Ich habe die Datenschutzhinweise/,
      })
      .click();
    await expect(stepHeading(page, 5, 'Team und Einwilligungen')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ })).toBeFocused();
    await expect(page.getByText('Bitte stimmen Sie zu, um die Bewerbung abzusenden.').first()).toBeVisible();
  });
});
