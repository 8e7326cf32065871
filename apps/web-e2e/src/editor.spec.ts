import { expect, Locator, Page, test, TestInfo } from '@playwright/test';
import { clearPlan, eventId, EVENT_2027 } from './floor-plan-support';
import { checkPage, DEMO, expectNoAxeViolations, login } from './support';

const HEADING = `Hallenplan: ${EVENT_2027}`;

async function attach(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

/** Screen position of a point of the plan (metres), from where the room is drawn. */
async function at(room: Locator, size: { width: number; depth: number }, x: number, y: number) {
  const box = (await room.boundingBox())!;
  return { x: box.x + (x / size.width) * box.width, y: box.y + (y / size.depth) * box.height };
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`the floor plan editor at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('fits the room, draws an L-shaped outline and saves it, duplicates without overlap and warns before unsaved changes are left', async ({
      page,
    }, testInfo) => {
      await login(page, DEMO.admin);
      const id = await eventId(page);
      const size = await clearPlan(page, id);
      await page.goto(`/verwaltung/veranstaltungen/${id}/hallenplan`);
      await checkPage(page, HEADING);
      await expect(page.getByText('Alle Änderungen sind gespeichert.')).toBeVisible();

      // the whole room is in view at first: the right wall inside the drawing area
      const canvas = page.getByRole('application', { name: 'Zeichenfläche des Hallenplans' });
      const room = page.locator('app-plan-view polygon.room');
      const frame = (await canvas.boundingBox())!;
      const hall = (await room.boundingBox())!;
      expect(hall.x + hall.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(hall.y + hall.height).toBeLessThanOrEqual(frame.y + frame.height);
      await attach(page, testInfo, `editor-${viewport.width}-fitted`);

      // draw the outline corner by corner, then apply it
      const { width: w, depth: d } = size;
      const corners: [number, number][] = [
        [0, 0],
        [w, 0],
        [w, Math.round(d * 0.6)],
        [Math.round(w * 0.6), Math.round(d * 0.6)],
        [Math.round(w * 0.6), d],
        [0, d],
      ];
      // by keyboard first: Enter sets a corner at the cross-hair, the arrows move it; Esc leaves the drawing
      await page.getByRole('button', { name: 'Umriss zeichnen' }).click();
      await canvas.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByText('Fadenkreuz bei x 2 m, y 0,5 m.')).toBeVisible();
      await expect(page.locator('app-plan-view .cross-hair')).toHaveCount(1);
      await page.keyboard.press('Enter');
      await expect(page.getByText('2 gesetzt')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Eckpunkt 2: x 2, y 0,5' })).toBeAttached();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: /^Eckpunkt \d/ })).toHaveCount(0);

      await page.getByRole('button', { name: 'Umriss zeichnen' }).click();
      await canvas.scrollIntoViewIfNeeded();
      for (const [x, y] of corners) {
        const point = await at(room, size, x, y);
        await page.mouse.click(point.x, point.y);
      }
      await expect(page.getByText('6 gesetzt')).toBeVisible();
      await expect(page.getByRole('button', { name: /^Eckpunkt \d/ })).toHaveCount(6);
      await expectNoAxeViolations(page);
      await attach(page, testInfo, `editor-${viewport.width}-outline-drawn`);
      await page.getByRole('button', { name: 'Umriss übernehmen' }).click();
      await expect(page.locator('app-plan-view polygon.room')).toHaveAttribute(
        'points',
        corners.map(([x, y]) => `${x},${y}`).join(' '),
      );
      await expect(page.getByText('Ungespeicherte Änderungen')).toBeVisible();

      // a stand and its duplicate, which lands beside it
      await page.getByRole('button', { name: 'Stand hinzufügen' }).click();
      await page.getByRole('button', { name: 'Duplizieren' }).click();
      const table = page.getByRole('table', { name: 'Stände' });
      await expect(table.getByRole('row')).toHaveCount(3);
      await expect(
        page.getByText('Keine Überschneidungen, alle Stände im Raum, alle Notausgänge frei.').first(),
      ).toBeVisible();
      await attach(page, testInfo, `editor-${viewport.width}-duplicated`);

      // leaving for another page of the app asks first; "Cancel" stays
      const asked: string[] = [];
      page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: 'Zur Standzuteilung' }).click();
      await expect
        .poll(() => asked)
        .toEqual([
          'Der Hallenplan hat ungespeicherte Änderungen. Seite trotzdem verlassen? Die Änderungen gehen verloren.',
        ]);
      await expect(page).toHaveURL(/hallenplan$/);

      await page.getByRole('button', { name: 'Plan speichern' }).click();
      await expect(page.getByText('Alle Änderungen sind gespeichert.')).toBeVisible();
      await checkPage(page, HEADING);

      const saved = (await (await page.request.get(`/api/events/${id}/floor-plan`)).json()) as {
        outline?: [number, number][];
        stands: { x: number; y: number; width: number; depth: number }[];
      };
      expect(saved.outline).toEqual(corners);
      expect(saved.stands).toHaveLength(2);
      const [a, b] = saved.stands;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.depth <= b.y || b.y + b.depth <= a.y;
      expect(apart, JSON.stringify(saved.stands)).toBe(true);

      // a reload with unsaved changes: the browser asks (beforeunload); going on loses them
      await page.getByRole('button', { name: 'Stand hinzufügen' }).click();
      await expect(page.getByText('Ungespeicherte Änderungen')).toBeVisible();
      const kinds: string[] = [];
      page.once('dialog', (dialog) => {
        kinds.push(dialog.type());
        void dialog.accept();
      });
      await page.reload();
      await expect.poll(() => kinds).toEqual(['beforeunload']);
      await expect(page.getByText('Alle Änderungen sind gespeichert.')).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(3);
      await attach(page, testInfo, `editor-${viewport.width}-saved`);
    });
  });
}
