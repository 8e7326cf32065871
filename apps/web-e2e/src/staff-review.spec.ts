import { expect, Page, test } from '@playwright/test';
import { DEMO, checkPage, expectNoAxeViolations, login, logout, screenshot } from './support';
import { submittedApplication } from './api-session';

const EVENT = 'Integrationskonferenz 2027';
// Own applications, so that other spec files (which may decide the demo applications) do not interfere.
const FIRST = { org: 'Nachbarschaft verbindet (fiktiv)', project: 'Demokratie-Café', owner: 'cafe@example.org' };
const SECOND = {
  org: 'Lesekreis Vielfalt (fiktiv)',
  project: 'Bücher gegen Vorurteile',
  owner: 'lesekreis@example.org',
};
const MESSAGE = 'Wir freuen uns auf Ihren Stand am Eingang.';

async function openList(page: Page, screenshotName?: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`Bewerbungen prüfen\\s*: ${EVENT}`) }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`, screenshotName);
}

/** Opens an application from the list and scores every criterion with `score`. */
async function review(page: Page, org: string, score: string, comment: string, screenshotName?: string): Promise<void> {
  await page.getByRole('link', { name: org }).click();
  await checkPage(page, `Bewerbung von ${org}`);
  const own = page.getByRole('region', { name: 'Ihre Bewertung' });
  const groups = own.getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: score, exact: true }).check();
  await own.getByLabel('Kommentar (intern)').fill(comment);
  await own.getByRole('button', { name: 'Bewertung speichern' }).click();
  await expect(page.getByText('Ihre Bewertung wurde gespeichert.')).toBeVisible();
  await expect(page.getByTestId('average')).toBeVisible();
  await expectNoAxeViolations(page);
  if (screenshotName) await screenshot(page, screenshotName);
}

async function backToList(page: Page): Promise<void> {
  await page.getByRole('link', { name: `Zurück zu den Bewerbungen: ${EVENT}` }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
}

async function decide(
  page: Page,
  org: string,
  decision: 'Zusagen' | 'Absagen',
  status: string,
  message?: string,
): Promise<void> {
  await page.getByRole('link', { name: org }).click();
  await checkPage(page, `Bewerbung von ${org}`);
  const panel = page.getByRole('region', { name: 'Entscheidung' });
  await panel.getByRole('radio', { name: decision }).check();
  if (message) await panel.getByLabel('Nachricht an die Antragsteller*innen (freiwillig)').fill(message);
  await panel.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expect(page.getByTestId('application-status')).toHaveText(status);
  await expectNoAxeViolations(page);
}

test('reviewers score, an admin decides, the applicant sees the outcome and the emails wait in the outbox', async ({
  page,
  browser,
  baseURL,
}) => {
  await submittedApplication(browser, String(baseURL), EVENT, FIRST);
  await submittedApplication(browser, String(baseURL), EVENT, SECOND);

  // reviewer: others' scores stay hidden until the own review is in
  await login(page, DEMO.reviewer);
  await openList(page, 'staff-review-list');
  await expect(page.getByRole('link', { name: 'Postausgang' })).toHaveCount(0);
  await page.getByRole('link', { name: FIRST.org }).click();
  await checkPage(page, `Bewerbung von ${FIRST.org}`);
  await expect(page.getByText(/erscheinen, sobald Sie selbst bewertet haben/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Interne Notizen' })).toBeVisible();
  await page.goBack();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
  await review(page, FIRST.org, '4', 'Überzeugendes Mitmach-Angebot.', 'staff-review-detail');
  await backToList(page);
  await expect(page.getByRole('row', { name: new RegExp(FIRST.project) }).getByText('von mir bewertet')).toBeVisible();
  await review(page, SECOND.org, '2', 'Passt weniger zum Schwerpunkt.');
  await logout(page);

  // admin: reviews too (two reviews are needed), then decides
  await login(page, DEMO.admin);
  await openList(page);
  await expect(page.getByTestId('capacity')).toContainText('Stände geplant:');
  await review(page, FIRST.org, '5', 'Sehr gut.');
  await expect(page.getByText('2 zählende Bewertungen', { exact: false })).toBeVisible();
  await expect(page.getByText('Überzeugendes Mitmach-Angebot.')).toBeVisible();
  await backToList(page);
  await decide(page, FIRST.org, 'Zusagen', 'Zugesagt', MESSAGE);
  await backToList(page);
  await review(page, SECOND.org, '2', 'Eher nicht.');
  await backToList(page);
  await decide(page, SECOND.org, 'Absagen', 'Abgesagt');

  // outbox: both emails wait there, addressed to the applicants (subjects name the event, never the project)
  await page.getByRole('link', { name: 'Postausgang' }).click();
  await checkPage(page, 'Postausgang');
  const mailTo = (owner: string, subject: RegExp) =>
    page
      .getByRole('article')
      .filter({ hasText: owner })
      .filter({ has: page.getByRole('heading', { level: 2, name: subject }) });
  const acceptedMail = mailTo(FIRST.owner, /^Zusage für den Markt der Möglichkeiten: Integrationskonferenz 2027/);
  const rejectedMail = mailTo(
    SECOND.owner,
    /^Ihre Bewerbung für den Markt der Möglichkeiten: Integrationskonferenz 2027/,
  );
  await expect(acceptedMail).toBeVisible();
  await expect(rejectedMail).toBeVisible();
  await expect(acceptedMail.getByRole('heading', { level: 2 })).not.toContainText(FIRST.project);
  await acceptedMail.getByText('Nachricht lesen').click();
  await expect(acceptedMail.getByText(MESSAGE)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'staff-outbox');
  await logout(page);

  // the applicant sees the decision and the message
  await login(page, FIRST.owner);
  await page.goto('/bewerbungen');
  await page.getByRole('link', { name: FIRST.project }).click();
  await checkPage(page, `Bewerbung: ${EVENT}`);
  await expect(page.getByTestId('application-status')).toHaveText('Zugesagt');
  await expect(page.getByTestId('decision-message')).toHaveText(MESSAGE);
  await logout(page);
});

test('the password reset pages work without an account being revealed', async ({ page }) => {
  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await checkPage(page, 'Passwort vergessen');
  await page.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByText(/Wenn es zu dieser E-Mail-Adresse ein Konto gibt/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/passwort-zuruecksetzen?token=ungueltig');
  await checkPage(page, 'Neues Passwort festlegen');
  await page.getByLabel('Neues Passwort').fill('Ein-neues-Passwort-2027');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByText('Der Link ist ungültig oder abgelaufen.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/passwort-zuruecksetzen');
  await checkPage(page, 'Neues Passwort festlegen');
  await expect(page.getByText('Der Link ist unvollständig.', { exact: false })).toBeVisible();
});
