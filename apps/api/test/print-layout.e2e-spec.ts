import { ApplicationStatus, FLOOR_PLAN_LIMITS } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, EVENT_2027 } from '../src/app/seed/demo-data';
import { SeedService } from '../src/app/seed/seed.service';
import { inkBox, pageCount, pageWords, PageWords, renderPage, RenderedPage, rowHasInk } from './pdf-pages';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

/** 200 characters (the limit), with a compound too long for any line of a sign. */
const LONG_NAME =
  'Arbeitsgemeinschaft der Initiativen für Demokratie, Vielfalt und Zivilcourage im Regierungsbezirk ' +
  'Donaudampfschifffahrtsgesellschaftskapitänsmützenträgerinnenvereinigungen (fiktiv) e. V.';

/** Rows from `from` to `to` (shares of the page's height) with ink. */
function inkedRows(page: RenderedPage, from: number, to: number): number {
  let rows = 0;
  for (let y = Math.floor(from * page.height); y < Math.floor(to * page.height); y++) {
    if (rowHasInk(page, y)) rows++;
  }
  return rows;
}

/** The longest run of rows with ink between two shares of the page's height. */
function tallestInk(page: RenderedPage, from: number, to: number): number {
  let run = 0;
  let longest = 0;
  for (let y = Math.floor(from * page.height); y < Math.floor(to * page.height); y++) {
    run = rowHasInk(page, y) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

function overlap(a: PageWords['words'][number], b: PageWords['words'][number]): boolean {
  // Boxes of neighbouring lines may touch by a fraction of a point; real overlap is more.
  const slack = 0.5;
  return a.xMin < b.xMax - slack && b.xMin < a.xMax - slack && a.yMin < b.yMax - slack && b.yMin < a.yMax - slack;
}

/** How much of the printable width and height below the header (title, date, QR code) the ink covers. */
function printableShareUsed(page: RenderedPage): { width: number; height: number } {
  const margin = (28 / 72) * 30;
  // The header ends at the first band of three blank rows below its first ink.
  let headerEnd = Math.ceil(margin);
  while (!rowHasInk(page, headerEnd)) headerEnd++;
  while (rowHasInk(page, headerEnd) || rowHasInk(page, headerEnd + 1) || rowHasInk(page, headerEnd + 2)) headerEnd++;
  const ink = inkBox(page, headerEnd) as NonNullable<ReturnType<typeof inkBox>>;
  return {
    width: (ink.right - ink.left + 1) / (page.width - 2 * margin),
    height: (ink.bottom - ink.top + 1) / (page.height - margin - headerEnd),
  };
}

describe.each(DATABASES)('printed pages use the paper (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;
  let placed: Application[];

  beforeAll(async () => {
    t = await createTestApp(database, { PUBLIC_URL: 'https://markt.example.org' });
    await t.app.get(SeedService).seedIfEmpty();
    admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    eventId = (await admin.get('/api/events')).body.find((e: { date: string }) => e.date === '2025-11-13').id;
    const repo = t.app.get(DataSource).getRepository(Application);
    placed = [
      ...(await repo.findBy({ eventId, status: ApplicationStatus.Confirmed })),
      ...(await repo.findBy({ eventId, status: ApplicationStatus.Accepted })),
    ];
    await repo.update(placed[0].id, { organisationName: LONG_NAME });
  }, 120_000);
  afterAll(() => t.close());

  it('prints each stand sign landscape with the number filling the upper half and the names the lower half', async () => {
    const res = await admin.download(`/api/events/${eventId}/stand-signs.pdf`);
    expect(res.status).toBe(200);
    const pdf = res.body as Buffer;
    const pages = pageWords(pdf);
    const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
    const plan = (await admin.get(`/api/events/${eventId}/floor-plan`)).body;
    const numberOf = new Map<string, string>(plan.stands.map((s: { id: string; number: string }) => [s.id, s.number]));
    const standOf = new Map<string, string>(
      view.assignments.map((a: { applicationId: string; standId: string }) => [
        a.applicationId,
        numberOf.get(a.standId),
      ]),
    );

    for (const application of placed) {
      const number = standOf.get(application.id) as string;
      const name = application.id === placed[0].id ? LONG_NAME : (application.organisationName as string);
      const index = pages.findIndex((p) => p.words.some((w) => w.text === number && w.yMax - w.yMin > 100));
      expect(index).toBeGreaterThanOrEqual(0);
      const { width, height, words } = pages[index];
      expect(width).toBeGreaterThan(height);

      // Words: the number large in the upper half; the organisation's words, all of them, in the lower half.
      const numberWord = words.find((w) => w.text === number && w.yMax - w.yMin > 100);
      // A word's box reaches down to the font's descent, far below the digits' baseline.
      expect(numberWord && (numberWord.yMin + numberWord.yMax) / 2).toBeLessThan(height / 2);
      expect(numberWord && numberWord.yMax - numberWord.yMin).toBeGreaterThan(height * 0.3);
      const nameWords = name.split(/\s+/);
      const printed = words.filter((w) => w.yMin >= height / 2 && w.yMin < height - 60);
      expect(printed.map((w) => w.text).join(' ')).toContain(nameWords.slice(0, 3).join(' '));
      for (const w of words) {
        expect(w.xMin).toBeGreaterThanOrEqual(39);
        expect(w.xMax).toBeLessThanOrEqual(width - 39);
      }

      // Pixels: the digits are the tallest ink of the upper half, and the lower half is used down to its
      // last third (the event's name at the foot does not count).
      const page = renderPage(pdf, index + 1);
      expect(page.width).toBeGreaterThan(page.height);
      expect(tallestInk(page, 0, 0.5)).toBeGreaterThan(page.height * 0.25);
      expect(inkedRows(page, 0.5, 2 / 3)).toBeGreaterThan(page.height * 0.05);
      expect(inkedRows(page, 2 / 3, 0.86)).toBeGreaterThan(page.height * 0.05);
    }
  });

  it('shrinks a 200-character name to fit its sign, splitting only an overlong word and only with a hyphen', async () => {
    const pdf = (await admin.download(`/api/events/${eventId}/stand-signs.pdf`)).body as Buffer;
    const page = pageWords(pdf).find((p) => p.words.some((w) => w.text === 'Arbeitsgemeinschaft')) as PageWords;
    // The lower half above the event's name at the foot.
    const lower = page.words.filter((w) => w.yMin >= page.height / 2 && w.yMin < page.height - 60);
    const texts = lower.map((w) => w.text);
    expect(texts.join(' ')).toContain('Vielfalt und Zivilcourage im Regierungsbezirk');
    expect(texts.join(' ')).toContain(placed[0].projectTitle as string);
    // Every other word whole; the compound whole, or (when even the smallest type is too large for it) in
    // pieces that each end in a hyphen but the last.
    const compound = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenträgerinnenvereinigungen';
    const known = new Set(LONG_NAME.split(/\s+/).filter((word) => word !== compound));
    const pieces = texts.filter((text) => !known.has(text) && compound.includes(text.replace(/-$/, '')));
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('-'))).toBe(true);
    expect(pieces.map((piece) => piece.replace(/-$/, '')).join('')).toBe(compound);
    expect(texts.some((text) => text.endsWith('…'))).toBe(false);
  });

  it.each(['A3', 'A4'])(
    'fills the printable area of the %s plan with plan and legend, which never overlap',
    async (size) => {
      const pdf = (await admin.download(`/api/events/${eventId}/floor-plan.pdf?size=${size}`)).body as Buffer;
      const [words] = pageWords(pdf);
      expect(words.width).toBeGreaterThan(words.height);

      const used = printableShareUsed(renderPage(pdf, 1));
      expect(Math.max(used.width, used.height)).toBeGreaterThanOrEqual(0.85);
      expect(Math.min(used.width, used.height)).toBeGreaterThanOrEqual(0.6);

      // Nothing written over anything else: stand numbers, feature labels, legend, header.
      const all = words.words;
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          if (overlap(all[i], all[j])) throw new Error(`"${all[i].text}" overlaps "${all[j].text}"`);
        }
      }
      const text = all.map((w) => w.text).join(' ');
      expect(text).toContain('Legende');
      expect(text).toContain('Alle Ausstellenden und der Plan auf dem Handy:');
    },
  );

  it('says in its titles what the print view says', async () => {
    const directory = pageWords((await admin.download(`/api/events/${eventId}/directory.pdf`)).body as Buffer);
    expect(directory[0].words.map((w) => w.text).join(' ')).toContain(
      'Markt der Möglichkeiten – Verzeichnis der Ausstellenden',
    );
    const signs = pageWords((await admin.download(`/api/events/${eventId}/stand-signs.pdf`)).body as Buffer);
    expect(signs.every((p) => p.words.some((w) => w.text === 'Stand'))).toBe(true);
  });

  it('prints a 1,000-stand market: plans filled on page one with every exhibitor in the legend, a sign per stand', async () => {
    const event = (await admin.post('/api/events', { ...EVENT_2027, title: 'Großer Markt' })).body.id;
    // 40 columns × 25 rows of 2.5 × 2 m stands with aisles, as the benchmark's hall.
    const stands = Array.from({ length: FLOOR_PLAN_LIMITS.stands }, (_, i) => ({
      number: String(i + 1),
      x: 3 + (i % 40) * 3,
      y: 4 + Math.floor(i / 40) * 4,
      width: 2.5,
      depth: 2,
      rotation: 0,
      hasPower: true,
      stepFree: true,
      capacity: 1,
    }));
    const saved = await admin.put(`/api/events/${event}/floor-plan`, {
      width: 126,
      depth: 106,
      features: [],
      stands,
      version: 0,
    });
    expect(saved.status).toBe(200);
    const repo = t.app.get(DataSource).getRepository(Application);
    const names = stands.map((_, i) => `Initiative ${i + 1} für Vielfalt`);
    await repo.save(
      names.map((organisationName) =>
        repo.create({
          eventId: event,
          status: ApplicationStatus.Accepted,
          organisationName,
          projectTitle: 'Mitmach-Angebot zu Demokratie und Dialog',
          publicationConsent: true,
        }),
      ),
      { chunk: 100 },
    );
    const suggestion = (await admin.post(`/api/events/${event}/assignments/suggest`, {})).body;
    expect(suggestion.placements).toHaveLength(names.length);
    const applied = await admin.post(`/api/events/${event}/assignments/apply`, {
      placements: suggestion.placements.map(
        ({ standId, applicationId }: { standId: string; applicationId: string }) => ({ standId, applicationId }),
      ),
    });
    expect(applied.status).toBe(200);

    for (const size of ['A3', 'A4']) {
      const pdf = (await admin.download(`/api/events/${event}/floor-plan.pdf?size=${size}`)).body as Buffer;
      const used = printableShareUsed(renderPage(pdf, 1));
      expect(Math.max(used.width, used.height)).toBeGreaterThanOrEqual(0.85);
      const text = pageWords(pdf)
        .flatMap((p) => p.words.map((w) => w.text))
        .join(' ');
      for (const name of names) expect(text).toContain(name);
    }
    const signs = (await admin.download(`/api/events/${event}/stand-signs.pdf`)).body as Buffer;
    expect(pageCount(signs)).toBe(names.length);
  }, 240_000);
});
