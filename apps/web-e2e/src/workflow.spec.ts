import { expect, test } from '@playwright/test';
import { reviewAs, submittedApplication } from './api-session';
import { DEMO, checkPage, expectNoAxeViolations, login, logout, screenshot } from './support';

const EVENT = 'Integrationskonferenz 2027';
const SENT_BACK = {
  org: 'Stadtteilrunde Nord (fiktiv)',
  project: 'Gespräche über den Gartenzaun',
  owner: 'nord@example.org',
};
const STAGED = [
  { org: 'Kulturtreff Süd (fiktiv)', project: 'Musik verbindet', owner: 'sued@example.org' },
  { org: 'Elterncafé West (fiktiv)', project: 'Eltern stärken', owner: 'west@example.org' },
];
const ASK = 'Bitte beschreiben Sie genauer, was an Ihrem Stand passiert.';

async function openApplication(page: import('@playwright/test').Page, org: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`Bewerbungen prüfen\\s*: ${EVENT}`) }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
  await page.getByRole('link', { name: org }).click();
  await checkPage(page, `Bewerbung von ${org}`);
}

test('an admin asks for changes, the applicant changes and submits again, the reviewer sees what changed', async ({
  page,
  browser,
  baseURL,
}) => {
  const base = String(baseURL);
  const id = await submittedApplication(browser, base, EVENT, SENT_BACK);
  await reviewAs(browser, base, DEMO.reviewer, [id]);

  // admin: sends it back, naming two fields
  await login(page, DEMO.admin);
  await openApplication(page, SENT_BACK.org);
  await page.getByRole('button', { name: 'Änderungen erbitten …' }).click();
  const dialog = page.getByRole('region', { name: 'Änderungen erbitten' });
  await expect(dialog.getByRole('heading', { name: 'Änderungen erbitten' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Zur Änderung zurückgeben' }).click();
  await expect(dialog.getByText('Bitte wählen Sie mindestens eine Angabe.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Was passiert an Ihrem Stand?' }).check();
  await dialog.getByRole('checkbox', { name: 'Ausführliche Beschreibung des Projekts' }).check();
  await dialog.getByLabel(/Nachricht an die Antragstellenden/).fill(ASK);
  await expectNoAxeViolations(page);
  await screenshot(page, 'workflow-request-changes');
  await dialog.getByRole('button', { name: 'Zur Änderung zurückgeben' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Änderungen erbeten');
  await expect(page.getByTestId('staff-change-request')).toContainText(ASK);
  await expectNoAxeViolations(page);
  await logout(page);

  // applicant: sees the request, follows the link to the field, changes it and submits again
  await login(page, SENT_BACK.owner);
  await page.goto(`/bewerbungen/${id}`);
  await checkPage(page, `Bewerbung: ${EVENT}`);
  await expect(page.getByTestId('application-status')).toHaveText('Änderungen erbeten');
  const notice = page.getByRole('region', { name: 'Bitte ändern Sie Ihre Bewerbung' });
  await expect(notice.getByTestId('change-request-message')).toHaveText(ASK);
  await screenshot(page, 'workflow-applicant-request');
  await notice.getByRole('link', { name: /Was passiert an Ihrem Stand\?/ }).click();
  const activity = page.getByLabel('Was passiert an Ihrem Stand?');
  await expect(activity).toBeVisible();
  await expect(page.locator('mat-form-field.field--asked')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await activity.fill('Ein Planspiel für Schulklassen, bis zu zwölf Personen gleichzeitig.');
  await page.getByRole('link', { name: '6. Prüfen und absenden' }).click();
  await page.getByRole('button', { name: 'Bewerbung absenden' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('In Prüfung');
  await expect(page.getByTestId('change-request')).toHaveCount(0);
  await logout(page);

  // reviewer: the list and the review page say what changed since the review
  await login(page, DEMO.reviewer);
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`Bewerbungen prüfen\\s*: ${EVENT}`) }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
  await expect(
    page.getByRole('row', { name: new RegExp(SENT_BACK.project) }).getByText('geändert seit meiner Bewertung'),
  ).toBeVisible();
  await page.getByRole('link', { name: SENT_BACK.org }).click();
  await checkPage(page, `Bewerbung von ${SENT_BACK.org}`);
  const diff = page.getByRole('region', { name: 'Geändert seit Ihrer Bewertung' });
  const row = diff.getByRole('row', { name: /Was passiert an Ihrem Stand\?/ });
  await expect(row).toContainText('Gespräche am Stand');
  await expect(row).toContainText('Ein Planspiel für Schulklassen');
  await expect(page.getByTestId('own-review-outdated')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'workflow-reviewer-diff');
  await logout(page);
});

test('an admin stages two decisions and releases them together', async ({ page, browser, baseURL }) => {
  const base = String(baseURL);
  const ids = [];
  for (const applicant of STAGED) ids.push(await submittedApplication(browser, base, EVENT, applicant));
  await reviewAs(browser, base, DEMO.reviewer, ids);
  await reviewAs(browser, base, DEMO.admin, ids);

  await login(page, DEMO.admin);
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`Bewerbungen prüfen\\s*: ${EVENT}`) }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
  for (const { org } of STAGED) await page.getByRole('checkbox', { name: `${org} auswählen` }).check();
  const bulk = page.getByRole('region', { name: 'Entscheidung für ausgewählte Bewerbungen' });
  await bulk.getByRole('radio', { name: 'Zusagen' }).check();
  await bulk.getByRole('checkbox', { name: /Nur vormerken/ }).check();
  await expectNoAxeViolations(page);
  await bulk.getByRole('button', { name: /Für 2 Bewerbungen entscheiden/ }).click();
  await expect(page.getByText('2 Entscheidungen vorgemerkt.')).toBeVisible();

  // the applicants see nothing yet
  for (const { project } of STAGED) {
    await expect(page.getByRole('row', { name: new RegExp(project) }).getByText('In Prüfung')).toBeVisible();
  }

  await page.getByRole('link', { name: 'Vorgemerkte Entscheidungen ansehen und freigeben' }).click();
  await checkPage(page, `Vorgemerkte Entscheidungen: ${EVENT}`, 'workflow-pending');
  const table = page.getByTestId('pending-table');
  for (const { org } of STAGED) {
    await expect(table.getByRole('row', { name: new RegExp(org.replace(/[()]/g, '\\$&')) })).toBeVisible();
  }
  await expect(page.getByTestId('pending-capacity')).toContainText('nach der Freigabe');
  // a change of mind: the second goes on the waiting list instead
  await page.getByLabel(`Entscheidung für ${STAGED[1].org} ändern`).selectOption({ label: 'Auf die Warteliste' });
  await page.getByRole('button', { name: 'Ändern' }).click();
  await expect(page.getByText('Entscheidung vorgemerkt.')).toBeVisible();
  await expect(page.getByTestId('pending-counts')).toContainText('1 Warteliste');
  await page.getByRole('button', { name: 'Alle freigeben' }).click();
  const confirm = page.getByRole('region', { name: 'Vorgemerkte Entscheidungen freigeben?' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Jetzt freigeben' }).click();
  await expect(page.getByText(/Entscheidungen freigegeben\./)).toBeVisible();
  await expect(page.getByTestId('pending-none')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Zurück zu den Bewerbungen' }).click();
  await checkPage(page, `Bewerbungen: ${EVENT}`);
  await expect(page.getByRole('row', { name: new RegExp(STAGED[0].project) }).getByText('Zugesagt')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(STAGED[1].project) }).getByText('Warteliste')).toBeVisible();
  await logout(page);
});
