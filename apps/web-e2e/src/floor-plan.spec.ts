import { APIRequestContext, BrowserContext, expect, Page, test } from '@playwright/test';
import { clearPlan, csrf, eventId, EVENT_2027 } from './floor-plan-support';
import { checkPage, DEMO, DEMO_PASSWORD, login } from './support';

const EVENT = EVENT_2027;

/** The 2027 demo applications; other specs may add their own, which this test leaves alone. */
const DEMO_2027 = ['Verein Brückenbau', 'Migrant*innenforum Rhein', 'Queeres Netzwerk Beispielstadt'];

/** Accepts the 2027 event's submitted demo applications (two reviews each, then the decision) through the API. */
async function acceptSubmitted(
  page: Page,
  browserContext: BrowserContext,
  reviewer: APIRequestContext,
  reviewerHeaders: Record<string, string>,
  id: string,
) {
  const list = await page.request.get(`/api/events/${id}/applications?pageSize=100`);
  const applications = ((await list.json()) as { items: { id: string; status: string; organisationName?: string }[] })
    .items;
  const open = applications.filter(
    (a) =>
      (a.status === 'submitted' || a.status === 'in_review') &&
      DEMO_2027.some((name) => a.organisationName?.startsWith(name)),
  );
  expect(open.length).toBeGreaterThanOrEqual(2);
  const headers = await csrf(browserContext);
  for (const application of open) {
    const review = { scores: [4, 4, 4], conflictOfInterest: false };
    expect(
      (await page.request.post(`/api/applications/${application.id}/reviews`, { data: review, headers })).ok(),
    ).toBe(true);
    expect(
      (
        await reviewer.post(`/api/applications/${application.id}/reviews`, { data: review, headers: reviewerHeaders })
      ).ok(),
    ).toBe(true);
    const decision = await page.request.post(`/api/applications/${application.id}/decision`, {
      data: { decision: 'accepted' },
      headers,
    });
    expect(decision.ok(), await decision.text()).toBe(true);
  }
  return open.length;
}

test('admin draws a floor plan and assigns projects to stands, by mouse and by keyboard', async ({ page, browser }) => {
  await login(page, DEMO.admin);
  const id = await eventId(page);

  // --- floor plan editor on the 2027 plan, emptied
  await clearPlan(page, id);
  await page.goto(`/verwaltung/veranstaltungen/${id}/hallenplan`);
  await checkPage(page, `Hallenplan: ${EVENT}`);
  await expect(page.getByText('Alle Änderungen sind gespeichert.')).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Stand hinzufügen' }).click();
  await expect(page.getByText('Ungespeicherte Änderungen')).toBeVisible();
  const table = page.getByRole('table', { name: 'Stände' });
  await expect(table.getByRole('row')).toHaveCount(5);
  // stands 1…4 are placed left to right from (1, 1), 2 × 2 m each
  await expect(table.getByRole('row', { name: /^1 / })).toContainText('1 m, 1 m');

  // move stand 1 with the mouse: 2 m down
  const stand1 = page.locator('g.stand[data-stand="1"] rect').first();
  const box = (await stand1.boundingBox())!;
  const pxPerM = box.width / 2;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + pxPerM, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 2 * pxPerM, { steps: 4 });
  await page.mouse.up();
  await expect(table.getByRole('row', { name: /^1 / })).toContainText('1 m, 3 m');

  // move stand 2 with the keyboard: choose it in the list, then arrows on the drawing (0.5 m, Shift 1 m)
  await page.getByLabel('Elemente des Plans').selectOption({ label: 'Stand 2: 2 × 2 m bei x 3,5, y 1' });
  await page.getByRole('application', { name: 'Zeichenfläche des Hallenplans' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(table.getByRole('row', { name: /^2 / })).toContainText('4 m, 2,5 m');
  // undo and redo the last step
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(table.getByRole('row', { name: /^2 / })).toContainText('3,5 m, 2,5 m');
  await page.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(table.getByRole('row', { name: /^2 / })).toContainText('4 m, 2,5 m');

  // give stand 3 power in the properties panel
  await page.getByLabel('Elemente des Plans').selectOption({ label: 'Stand 3: 2 × 2 m bei x 6, y 1' });
  await page.getByRole('checkbox', { name: 'Strom' }).check();
  await expect(table.getByRole('row', { name: /^3 / }).getByRole('cell').nth(3)).toHaveText('ja');
  await expect(
    page.getByText('Keine Überschneidungen, alle Stände im Raum, alle Notausgänge frei.').first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Plan speichern' }).click();
  await expect(page.getByText('Alle Änderungen sind gespeichert.')).toBeVisible();
  await checkPage(page, `Hallenplan: ${EVENT}`, 'floor-plan-editor');

  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /^1 / })).toContainText('1 m, 3 m');
  await expect(table.getByRole('row', { name: /^2 / })).toContainText('4 m, 2,5 m');
  await expect(table.getByRole('row', { name: /^3 / }).getByRole('cell').nth(3)).toHaveText('ja');

  // --- accept the submitted 2027 applications (two reviews each) so there is something to place
  const reviewerContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const reviewerPage = await reviewerContext.newPage();
  await reviewerPage.goto('/anmelden');
  await reviewerPage.getByLabel('E-Mail-Adresse').fill(DEMO.reviewer);
  await reviewerPage.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await reviewerPage.getByRole('button', { name: 'Anmelden' }).click();
  await expect(reviewerPage.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  const accepted = await acceptSubmitted(page, page.context(), reviewerPage.request, await csrf(reviewerContext), id);
  await reviewerContext.close();

  // --- assignment
  await page.goto(`/verwaltung/veranstaltungen/${id}/zuteilung`);
  await checkPage(page, `Standzuteilung: ${EVENT}`);
  const unplaced = page.locator('ul.unplaced > li');
  await expect(unplaced).toHaveCount(accepted);

  // by drag and drop onto stand 3 (the one with power: the first project needs it)
  await unplaced.first().dragTo(page.locator('g.stand[data-stand="3"] rect.hatch'));
  await expect(page.locator('app-assignment-page').getByRole('status')).toContainText('steht jetzt an Stand 3');
  await expect(unplaced).toHaveCount(accepted - 1);

  // by keyboard: choose a stand for the next one and assign
  const item = unplaced.first();
  await item.getByLabel('Stand wählen').focus();
  await item.getByLabel('Stand wählen').selectOption({ index: 1 });
  await item.getByRole('button', { name: /zuweisen$/ }).press('Enter');
  await expect(page.locator('app-assignment-page').getByRole('status')).toContainText('steht jetzt an Stand');
  await expect(page.getByRole('table', { name: /Zuteilungen/ }).getByRole('row')).toHaveCount(3);

  // the suggestion places the rest
  await page.getByRole('button', { name: 'Vorschlag berechnen' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Vorschlag/ })).toBeVisible();
  const apply = page.getByRole('button', { name: /Vorschlag übernehmen/ });
  // With every accepted project placed by hand the suggestion has nothing new, and offers nothing to apply.
  if ((await apply.count()) > 0 && (await apply.isEnabled())) {
    await apply.click();
    await expect(page.locator('app-assignment-page').getByRole('status')).toContainText('übernommen');
  }
  await expect(page.getByText('Alle angenommenen Projekte haben einen Stand.')).toBeVisible();
  await expect(page.getByText('Keine Konflikte.')).toBeVisible();
  await checkPage(page, `Standzuteilung: ${EVENT}`, 'stand-assignment');
});
