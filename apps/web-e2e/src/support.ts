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
