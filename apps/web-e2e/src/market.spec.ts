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

  // the directory PDF says what the link says
  const directoryLink = page.getByRole('link', { name: 'Verzeichnis der Ausstellenden als PDF' });
  const directory = await page.request.get((await directoryLink.getAttribute('href'))!);
  expect(directory.headers()['content-disposition']).toContain('verzeichnis-der-ausstellenden');
  const directoryText = (await readPdf(await directory.body())).text.replace(/\s+/g, ' ');
  expect(directoryText).toContain('Markt der Möglichkeiten – Verzeichnis der Ausstellenden');
  expect(directoryText).not.toContain('Ausstellerverzeichnis');

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
  const stand = page.locator(`app-plan-view g.stand[data-stand="${standNumber}"]`);
  await expect(stand).toHaveAttribute('data-highlighted', 'true');
  await expect(stand).toHaveClass(/stand--highlighted/);
  await expect(page.locator('app-plan-view g.stand[data-highlighted="true"]')).toHaveCount(1);
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

  // by keyboard on the plan: the first arrow goes to the marked stand, the next ones on from there; Enter shows who is there
  await page.getByRole('group', { name: 'Hallenplan' }).focus();
  await page.keyboard.press('ArrowRight');
  const reached = page.locator('app-plan-view g.stand--cursor');
  await expect(reached).toHaveAttribute('data-stand', standNumber);
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await reached.getAttribute('data-stand')) !== standNumber) break;
  }
  const next = (await reached.getAttribute('data-stand'))!;
  expect(next).not.toBe(standNumber);
  await expect(page.getByText(`Stand ${next}. Eingabetaste zeigt, wer dort ausstellt.`)).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.locator(`app-plan-view g.stand[data-stand="${next}"]`)).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('.plan__status')).toContainText(`Stand ${next} `);
  await expectNoAxeViolations(page);
});

/** Text as it stands in HTML (the server escapes what it renders). */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

test('the market page comes server-rendered: exhibitors and plan in the first response, then the app takes over', async ({
  page,
  browser,
}) => {
  const id = await eventId(page);
  const market = (await (await page.request.get(`/api/public/events/${id}/market`)).json()) as {
    exhibitors: { organisationName: string; projectTitle: string }[];
    plan: { stands: unknown[] };
  };
  expect(market.exhibitors.length).toBeGreaterThan(3);

  // the HTML of the first response, no script run: every exhibitor and every stand of the plan
  const response = await page.request.get(`/markt/${id}`);
  expect(response.status()).toBe(200);
  const first = await response.text();
  expect(first).toContain('<html lang="de"');
  expect(first).toContain('Integrationskonferenz 2025');
  for (const exhibitor of market.exhibitors) {
    expect(first).toContain(html(exhibitor.organisationName));
    expect(first).toContain(html(exhibitor.projectTitle));
  }
  expect(first).toContain(`${market.exhibitors.length} von ${market.exhibitors.length} Ausstellenden`);
  expect(first).toContain(`Hallenplan des Markts mit ${market.plan.stands.length} Ständen`);
  expect(first.match(/<g[^>]*class="stand"/g) ?? []).toHaveLength(market.plan.stands.length);
  // in English for visitors who chose it
  const english = await (await page.request.get(`/markt/${id}`, { headers: { Cookie: 'markt_lang=en' } })).text();
  expect(english).toContain('<html lang="en"');
  expect(english).toContain('Exhibitors');

  // without JavaScript the page still shows the list and the plan
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    const visitor = await noScript.newPage();
    await visitor.goto(`/markt/${id}`);
    await expect(visitor.getByRole('heading', { level: 1, name: /^Integrationskonferenz 2025/ })).toBeVisible();
    await expect(visitor.locator('app-exhibitor-card')).toHaveCount(market.exhibitors.length);
    await expect(visitor.getByRole('img', { name: /Hallenplan des Markts/ })).toBeAttached();
  } finally {
    await noScript.close();
  }

  // with JavaScript the app hydrates the same DOM (no error, nothing drawn twice, no script the page's policy blocks)
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/NG0\d+|Content Security Policy/.test(message.text())) problems.push(message.text());
  });
  // anything of the page's content the browser takes away again (a client render would replace it all)
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedByApp: string[] }).removedByApp = removed;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.removedNodes))
          if (node instanceof Element && node.matches('h1, app-header, app-market-page, app-plan-view'))
            removed.push(node.tagName);
    }).observe(document, { childList: true, subtree: true });
  });
  // a visitor on a slow phone types before the app has started: the app keeps it and filters
  let release: () => void = () => undefined;
  const scriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/main-[A-Z0-9]+\.js$/, async (route) => {
    await scriptHeld;
    await route.continue();
  });
  await page.goto(`/markt/${id}`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: /^Integrationskonferenz 2025/ })).toBeVisible();
  await expect(page.locator('app-exhibitor-card')).toHaveCount(market.exhibitors.length);
  await page.getByRole('searchbox', { name: 'Suchen' }).fill(market.exhibitors[0].projectTitle);
  release();
  await expect(page.locator('app-exhibitor-card')).not.toHaveCount(market.exhibitors.length);
  await expect(page.getByRole('searchbox', { name: 'Suchen' })).toHaveValue(market.exhibitors[0].projectTitle);
  // hydrated: it answers input, and the page the server sent was not drawn anew
  await expect(page.locator('app-market-page')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { removedByApp: string[] }).removedByApp)).toEqual([]);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
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

test.describe('a visitor on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('on a phone the whole plan fits the screen, zooms, names who is on a tapped stand and finds stands by number', async ({
    page,
  }) => {
    const id = await eventId(page);
    const market = (await (await page.request.get(`/api/public/events/${id}/market`)).json()) as {
      exhibitors: { organisationName: string; standNumber: string | null }[];
    };
    const onStand = (number: string) =>
      market.exhibitors.filter((e) => e.standNumber === number).map((e) => e.organisationName);
    // stand 20 of the demo, or the highest-numbered stand someone has
    const numbers = market.exhibitors.flatMap((e) => (e.standNumber ? [e.standNumber] : []));
    const number = numbers.includes('20') ? '20' : numbers.sort((a, b) => Number(b) - Number(a))[0];

    await page.goto(`/markt/${id}`);
    await checkPage(page, /^Integrationskonferenz 2025/);
    // the header names the event shown, not the event open for applications (2027)
    await expect(page.locator('.brand__event')).toContainText(EVENT);

    // the whole plan is within the phone's width at first
    const plan = page.locator('app-plan-view svg.base');
    const box = (await plan.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'market-phone-plan-fits');

    // a tap on a stand says who is there
    const stand = page.locator(`app-plan-view g.stand[data-stand="${number}"]`);
    await stand.tap();
    await expect(stand).toHaveAttribute('data-highlighted', 'true');
    await expect(page.locator('.plan__status')).toHaveText(
      `Stand ${number} ist im Plan markiert: ${onStand(number).join(', ')}.`,
    );
    await expect(page.getByRole('button', { name: `Zurück zu ${onStand(number)[0]}` })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'market-phone-stand-tapped');

    // zoom in: wider than the screen inside its own scroll box, the page itself does not scroll sideways
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect.poll(async () => (await plan.boundingBox())!.width).toBeGreaterThan(box.width * 1.9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Verkleinern' }).click();
    await expect.poll(async () => (await plan.boundingBox())!.width).toBeLessThan(box.width * 1.1);

    // search by stand number, with or without "Stand"
    const cards = page.locator('app-exhibitor-card');
    for (const query of [number, `Stand ${number}`]) {
      await page.getByRole('searchbox', { name: 'Suchen' }).fill(query);
      await expect(cards).toHaveCount(onStand(number).length);
      for (const name of onStand(number)) await expect(cards.filter({ hasText: name })).toHaveCount(1);
      await expect(cards.first()).toContainText(`Stand ${number}`);
    }
    await expectNoAxeViolations(page);
  });
});
