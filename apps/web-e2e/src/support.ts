import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'Demo-Passwort-2025';
export const DEMO = {
  admin: 'admin@example.org',
  reviewer: 'pruefung@example.org',
  applicant: 'projekt@example.org',
} as const;

const SCREENSHOTS = join(__dirname, '..', 'output', 'screenshots');

/** Fails the test with the list of violations when axe-core finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits for the page's heading, then checks it with axe. */
export async function checkPage(page: Page, heading: string | RegExp, name?: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  if (name) await screenshot(page, name);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Anmelden' }).first()).toBeVisible();
}

/** The e2e server's database: the tests read what only the recipient of a mail would see. */
const DATABASE = join(__dirname, '..', 'output', 'data', 'markt.sqlite');

/** The newest verification link mailed to an address, read from the outbox as its recipient gets it. */
export async function verificationLink(email: string): Promise<string> {
  const { Database, OPEN_READONLY } = (await import('sqlite3')).default;
  const db = new Database(DATABASE, OPEN_READONLY);
  try {
    const row = await new Promise<{ secret: string } | undefined>((resolve, reject) =>
      db.get(
        `SELECT "secret" FROM "outbox_messages" WHERE "to" = ? AND "secret" LIKE '%/email-bestaetigen?token=%' ORDER BY "createdAt" DESC`,
        [email],
        (error, found: { secret: string } | undefined) => (error ? reject(error) : resolve(found)),
      ),
    );
    if (!row) throw new Error(`no verification link for ${email}`);
    // The mail links to the configured public URL; the test opens the same path on its own server.
    const url = new URL(row.secret);
    return `${url.pathname}${url.search}`;
  } finally {
    db.close();
  }
}

/** Opens the verification link mailed to an address and confirms it, as its owner would. */
export async function verifyEmail(page: Page, email: string): Promise<void> {
  await page.goto(await verificationLink(email));
  await checkPage(page, 'E-Mail-Adresse bestätigen');
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByText(`Die Adresse ${email} ist bestätigt.`)).toBeVisible();
}
