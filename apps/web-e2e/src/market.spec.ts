import { expect, Page, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { checkPage, DEMO, expectNoAxeViolations, login, screenshot } from './support';

const EVENT = 'Integrationskonferenz 2025';

async function eventId(page: Page): Promise<string> {
  const events = (await (await page.request.get('/api/events')).json()) as { id: string; title: string }[];
  const event = events.find((e) => e.title.includes(EVENT));
  expect(event, EVENT).toBeTruthy();
  return event!.id;
}

/** The print rules the print view has put into the document head. */
function pageRule(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('print-page-size')?.textContent ?? '');
}

/** Page count and text of a PDF, read by PDF.js. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { pages: result.total, text: result.text };
  } finally {
    await parser.destroy();
  }
}

test('admin prints the floor plan of 2025 on exactly one A4 landscape page with legend and QR code', async ({
  page,
}) => {
  await login(page, DEMO.admin);
  const id = await eventId(page);

  await page.goto(`/veranstaltungen/${id}`);
  await page.getByRole('link', { name: 'Drucken und Veröffentlichen' }).click();
  await expect(page).toHaveURL(new RegExp(`/verwaltung/veranstaltungen/${id}/druck$`));
  await checkPage(page, /^Drucken und Veröffentlichen: Integrationskonferenz 2025/);

  const sheet = page.locator('app-print-sheet');
  await expect(sheet.getByRole('heading', { level: 2, name: /Integrationskonferenz 2025/ })).toBeVisible();
  await expect(sheet).toContainText('15:00 bis 19:15 Uhr');
  await expect(sheet).toContainText('Plenarsaal');
  await expect(
    sheet.getByRole('img', { name: `QR-Code zur Seite http://127.0.0.1:${new URL(page.url()).port}/markt/${id}` }),
  ).toBeVisible();
  await expect(sheet.getByRole('img', { name: /Hallenplan mit 24 Ständen/ })).toBeVisible();
  await expect(sheet.locator('g.stand')).toHaveCount(24);
  const legend = sheet.getByRole('region', { name: 'Legende' }).getByRole('listitem');
  expect(await legend.count()).toBeGreaterThan(0);
  const firstOrganisation = (await legend.first().locator('strong').textContent())!.trim();
  expect(firstOrganisation.length).toBeGreaterThan(2);

  // downloads and publishing are offered, and the market of 2025 is published
  await expect(page.getByRole('link', { name: 'Hallenplan als PDF (A3 quer)' })).toHaveAttribute(
    'href',
    `/api/events/${id}/floor-plan.pdf?size=A3`,
  );
  await expect(page.getByRole('link', { name: 'Standschilder als PDF (ein Blatt je Stand)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logistikliste als Excel-Datei' })).toHaveAttribute(
    'href',
    `/api/events/${id}/logistics.xlsx`,
  );
  await expect(page.getByRole('switch', { name: 'Markt öffentlich zeigen' })).toBeChecked();
  await screenshot(page, 'print-view');

  // the browser's print: A3 first (the @page rule follows the choice), then A4 for the PDF
  await page.getByRole('radio', { name: 'A3 quer' }).check();
  await expect.poll(() => pageRule(page)).toContain('size: A3 landscape');
  await page.getByRole('radio', { name: 'A4 quer' }).check();
  await expect.poll(() => pageRule(page)).toContain('size: A4 landscape');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await screenshot(page, 'print-view-print-media');
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(join(__dirname, '..', 'output', 'screenshots', 'print-view-a4.pdf'), pdf);

  const { pages, text } = await readPdf(pdf);
  expect(pages).toBe(1);
  expect(text).toContain('Legende');
  expect(text.replace(/\s+/g, ' ')).toContain(firstOrganisation.replace(/\s+/g, ' '));
  expect(text).not.toContain('Abmelden');
  expect(text).not.toContain('Impressum');
});

test('admin unpublishes and republishes the market; the public page says when it is not published', async ({
  page,
  browser,
}) => {
  await login(page, DEMO.admin);
  const id = await eventId(page);
  await page.goto(`/verwaltung/veranstaltungen/${id}/druck`);
  const toggle = page.getByRole('switch', { name: 'Markt öffentlich zeigen' });
  await toggle.click();
  await expect(page.getByText('Der Markt ist nicht mehr öffentlich.')).toBeVisible();
  await expect(toggle).not.toBeChecked();

  const visitorContext = await browser.newContext();
  try {
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/markt/${id}`);
    await expect(visitor.getByText('Der Markt dieser Veranstaltung ist noch nicht veröffentlicht.')).toBeVisible();
    await expectNoAxeViolations(visitor);
  } finally {
    await visitorContext.close();
  }

  await toggle.click();
  await expect(page.getByText('Der Markt wurde veröffentlicht.')).toBeVisible();
  await expect(toggle).toBeChecked();
});

test('visitor on a phone finds a project and sees its stand highlighted on the plan', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/veranstaltungen');
  await page
    .getByRole('link', { name: new RegExp(EVENT) })
    .first()
    .click();
  await page.getByRole('link', { name: 'Ausstellende und Hallenplan ansehen' }).click();
  await expect(page).toHaveURL(/\/markt\//);
  await checkPage(page, /^Integrationskonferenz 2025/);
  await expect(page.getByText('Donnerstag, 13. November 2025')).toBeVisible();
  await expect(page.getByText('15:00 bis 19:15 Uhr')).toBeVisible();
  await expect(page.getByRole('img', { name: /Hallenplan des Markts mit 24 Ständen/ })).toBeAttached();
  // mobile first: nothing but the plan's own scroll area is wider than the phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const cards = page.locator('app-exhibitor-card');
  const total = await cards.count();
  expect(total).toBeGreaterThan(3);
  await expect(page.getByText(`${total} von ${total} Ausstellenden`)).toBeVisible();

  // search for the project of a placed exhibitor
  const placed = cards.filter({ has: page.getByRole('button', { name: 'Stand zeigen' }) }).nth(1);
  const project = (await placed.locator('.project').textContent())!.trim();
  const organisation = (await placed.getByRole('heading', { level: 3 }).textContent())!.trim();
  const standText = (await placed.locator('.stand').textContent())!.trim();
  const standNumber = standText.replace('Stand ', '');
  await page.getByRole('searchbox', { name: 'Suchen' }).fill(project);
  await expect(cards).not.toHaveCount(total);
  const card = cards.filter({ hasText: project }).first();
  await expect(card).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /von \d+ Ausstellenden/ })).toContainText(
    `von ${total} Ausstellenden`,
  );

  // "Stand zeigen": the stand is outlined and hatched, the plan gets the focus and says which stand is marked
  await card.getByRole('button', { name: 'Stand zeigen' }).click();
  const stand = page.locator(`app-market-plan g.stand[data-stand="${standNumber}"]`);
  await expect(stand).toHaveAttribute('data-highlighted', 'true');
  await expect(stand).toHaveClass(/stand--highlighted/);
  await expect(page.locator('app-market-plan g.stand[data-highlighted="true"]')).toHaveCount(1);
  await expect(page.getByText(`Stand ${standNumber} ist im Plan markiert: ${organisation}.`)).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`Stand ${standNumber} ist markiert`) })).toBeAttached();
  await expect(page.getByRole('group', { name: 'Hallenplan' })).toBeFocused();
  await expect(stand).toBeInViewport();
  await expectNoAxeViolations(page);
  await screenshot(page, 'market-phone-stand-highlighted');

  // back to the list by keyboard
  await page.getByRole('button', { name: `Zurück zu ${organisation}` }).click();
  await expect(card.getByRole('button', { name: 'Stand zeigen' })).toBeFocused();

  // topic filter and an empty result
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('');
  await expect(cards).toHaveCount(total);
  const topic = page.getByLabel('Thema');
  const options = await topic.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  await topic.selectOption({ label: options[1] });
  const filtered = await cards.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThanOrEqual(total);
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('zzzz-nichts');
  await expect(page.getByText('Keine Ausstellenden passen zu Ihrer Suche.')).toBeVisible();
  await page.getByRole('button', { name: 'Suche zurücksetzen' }).click();
  await expect(cards).toHaveCount(total);
});

test('the public market answers from cache and in English', async ({ page }) => {
  await page.goto('/veranstaltungen');
  await page
    .getByRole('link', { name: new RegExp(EVENT) })
    .first()
    .click();
  await page.waitForURL(/\/veranstaltungen\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const response = await page.request.get(`/api/public/events/${id}/market`);
  expect(response.headers()['cache-control']).toContain('public');
  await page.goto(`/markt/${id}`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Exhibitors' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show stand' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
