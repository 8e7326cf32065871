import { BrowserContext, expect, Locator, Page, test } from '@playwright/test';
import { checkPage, DEMO, expectNoAxeViolations, login } from './support';

/** The past conference: its four accepted projects stand on 4 of its 24 stands (placed by the seed). */
const EVENT = 'Integrationskonferenz 2025';
const HEADING = /^Standzuteilung: Integrationskonferenz 2025/;

interface Placement {
  standId: string;
  applicationId: string;
}
interface Market {
  id: string;
  /** Stand number by stand id. */
  numbers: Map<string, string>;
  placements: Placement[];
  names: Map<string, string>;
}

async function csrf(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'X-XSRF-TOKEN': token };
}

async function market(page: Page): Promise<Market> {
  const events = (await (await page.request.get('/api/events')).json()) as { id: string; title: string }[];
  const event = events.find((e) => e.title.startsWith(EVENT));
  expect(event, EVENT).toBeTruthy();
  const id = event?.id ?? '';
  const plan = (await (await page.request.get(`/api/events/${id}/floor-plan`)).json()) as {
    stands: { id: string; number: string }[];
  };
  const view = (await (await page.request.get(`/api/events/${id}/assignments`)).json()) as {
    assignments: Placement[];
    candidates: { applicationId: string; organisationName: string | null }[];
  };
  return {
    id,
    numbers: new Map(plan.stands.map((s) => [s.id, s.number])),
    placements: view.assignments,
    names: new Map(view.candidates.map((c) => [c.applicationId, c.organisationName ?? ''])),
  };
}

/** Puts every project back where the seed placed it, so the specs after this one see the demo market. */
async function restore(page: Page, before: Market): Promise<void> {
  const now = await market(page);
  const headers = await csrf(page.context());
  const base = `/api/events/${before.id}/assignments`;
  const original = new Map(before.placements.map((p) => [p.applicationId, p.standId]));
  const changed = now.placements.filter((p) => original.get(p.applicationId) !== p.standId);
  for (const p of changed)
    expect((await page.request.delete(`${base}/${p.standId}?applicationId=${p.applicationId}`, { headers })).ok()).toBe(
      true,
    );
  const placed = new Set(now.placements.filter((p) => !changed.includes(p)).map((p) => p.applicationId));
  for (const p of before.placements.filter((p) => !placed.has(p.applicationId)))
    expect(
      (await page.request.put(`${base}/${p.standId}`, { data: { applicationId: p.applicationId }, headers })).ok(),
    ).toBe(true);
}

function standOnPlan(page: Page, number: string): Locator {
  return page.locator(`g.stand[data-stand="${number}"] rect.hatch`);
}

/** Drags `source` onto `target` with the HTML drag events a browser sends, sharing one DataTransfer. */
async function dragAcross(page: Page, source: Locator, target: Locator): Promise<void> {
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  // Held as it is now: once dropped, the row or label is drawn anew at its new stand.
  const from = await source.elementHandle();
  expect(from).toBeTruthy();
  await from?.dispatchEvent('dragstart', { dataTransfer });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await from?.dispatchEvent('dragend', { dataTransfer });
}

/** Two boxes side by side or one above the other, never on top of each other. */
async function expectApart(a: Locator, b: Locator): Promise<void> {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  expect(boxA && boxB).toBeTruthy();
  if (!boxA || !boxB) return;
  const apart =
    boxA.x + boxA.width <= boxB.x ||
    boxB.x + boxB.width <= boxA.x ||
    boxA.y + boxA.height <= boxB.y ||
    boxB.y + boxB.height <= boxA.y;
  expect(apart, `${JSON.stringify(boxA)} overlaps ${JSON.stringify(boxB)}`).toBe(true);
}

/** Where keyboard focus is: a tag and an accessible hint, never the page's body. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName}#${el.id}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    let before: Market | undefined;

    test.afterEach(async ({ page }) => {
      if (before) await restore(page, before);
    });

    test('admin removes, assigns, drags and swaps projects; list, plan and details stay apart; focus stays on controls', async ({
      page,
    }, testInfo) => {
      await login(page, DEMO.admin);
      before = await market(page);
      const m = before;
      const status = page.locator('app-assignment-page').getByRole('status');
      const unplaced = page.locator('ul.unplaced > li');
      const table = page.getByRole('table', { name: /Zuteilungen/ });
      const shot = async (name: string) =>
        testInfo.attach(`${name}-${size.width}x${size.height}`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });

      await page.goto(`/verwaltung/veranstaltungen/${m.id}/zuteilung`);
      await checkPage(page, HEADING);
      await expect(table.getByRole('row')).toHaveCount(m.placements.length + 1);
      await expect(unplaced).toHaveCount(0);

      // Remove the first placed project by keyboard: focus moves on to the next row's "Entfernen"
      const [first, second] = [...m.placements].sort((a, b) =>
        (m.numbers.get(a.standId) ?? '').localeCompare(m.numbers.get(b.standId) ?? '', 'de', { numeric: true }),
      );
      const firstName = m.names.get(first.applicationId) ?? '';
      const firstStand = m.numbers.get(first.standId) ?? '';
      await table.getByRole('button', { name: `${firstName} von Stand ${firstStand} entfernen` }).press('Enter');
      await expect(status).toContainText(`${firstName} wurde von Stand ${firstStand} entfernt.`);
      await expect(unplaced).toHaveCount(1);
      expect(await focused(page)).toMatch(/^BUTTON.*von Stand \d+ entfernen$/);
      await expectNoAxeViolations(page);

      // The card, the plan and the details do not overlap; the name is not cut off; the list scrolls on its own
      const plan = page.getByRole('region', { name: 'Hallenplan mit Zuteilungen (scrollbar)' });
      await expectApart(unplaced.first(), plan);
      await expectApart(page.locator('app-unplaced-list'), plan);
      await expectApart(page.locator('app-assignment-details'), plan);
      await expectApart(page.locator('app-assignment-details'), page.locator('app-unplaced-list'));
      const name = unplaced.first().locator('.name');
      await expect(name).toHaveText(firstName);
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      expect(await page.locator('ul.unplaced').evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
      await shot('assignment-unplaced');

      // Assign it back by keyboard: the list is empty, so focus lands on its heading
      const card = unplaced.first();
      const choose = card.getByLabel('Stand wählen');
      const option = choose.locator('option', { hasText: new RegExp(`^Stand ${firstStand} \\(`) });
      await choose.selectOption((await option.getAttribute('value')) ?? '');
      await card.getByRole('button', { name: `${firstName} zuweisen` }).press('Enter');
      await expect(status).toContainText(`${firstName} steht jetzt an Stand ${firstStand}.`);
      await expect(unplaced).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Noch ohne Stand (0)' })).toBeFocused();
      await expectNoAxeViolations(page);

      // Drag a placed project (its row) onto a free stand: it moves there
      const taken = new Set(m.placements.map((p) => m.numbers.get(p.standId)));
      const free = [...m.numbers.values()].find((n) => !taken.has(n)) ?? '';
      // (the table lies below the plan: the page would scroll mid-drag, so the drag's events are sent as a browser does)
      await dragAcross(page, table.getByRole('row', { name: new RegExp(`^${firstStand} `) }), standOnPlan(page, free));
      await expect(status).toContainText(`${firstName} steht jetzt an Stand ${free} (vorher Stand ${firstStand}).`);
      await expect(table.getByRole('row', { name: new RegExp(`^${free} `) })).toContainText(firstName);
      await expectNoAxeViolations(page);

      // Drag it on the plan from its stand onto an occupied one: a dialog asks, then both swap places
      const secondName = m.names.get(second.applicationId) ?? '';
      const secondStand = m.numbers.get(second.standId) ?? '';
      const onPlan = (name: string, number: string) =>
        page.getByRole('button', { name: `${name} an Stand ${number} verschieben` });
      await dragAcross(page, onPlan(firstName, free), onPlan(secondName, secondStand));
      const dialog = page.getByRole('dialog', { name: `Stand ${secondStand} ist belegt` });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(`${secondName} steht an Stand ${secondStand}.`);
      await expectNoAxeViolations(page);
      await shot('assignment-swap-dialog');
      await dialog.getByRole('button', { name: 'Plätze tauschen' }).click();
      await expect(dialog).toBeHidden();
      await expect(status).toContainText(
        `${firstName} steht jetzt an Stand ${secondStand}, ${secondName} an Stand ${free}.`,
      );
      // (a stand may be a shared table with two rows: each project's row names its stand)
      const standOf = (name: string) =>
        table
          .getByRole('row')
          .filter({ has: page.locator('td.name', { hasText: name }) })
          .getByRole('rowheader');
      await expect(standOf(firstName)).toHaveText(secondStand);
      await expect(standOf(secondName)).toHaveText(free);
      expect(await focused(page)).not.toBe('BODY');
      await checkPage(page, HEADING);
      await shot('assignment-after-swap');
    });
  });
}
