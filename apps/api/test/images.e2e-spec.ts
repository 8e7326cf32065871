import { Logger } from '@nestjs/common';
import { ApplicationStatus, FloorPlanDto, Role } from '@markt/shared';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { LogoStorage } from '../src/app/applications/logo-storage';
import { StoredLogoCheck } from '../src/app/applications/stored-logo-check';
import { FloorPlan } from '../src/app/floor-plan/floor-plan.entity';
import { PrintService } from '../src/app/print/print.service';
import { BackgroundUploads1764210000000 } from '../src/migrations/1764210000000-background-uploads';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, EVENT_2027 } from '../src/app/seed/demo-data';
import { SeedService } from '../src/app/seed/seed.service';
import { COMPLETE } from './fixtures';
import {
  hasGpsTag,
  hostile,
  HTML,
  jpegWithGps,
  jpegWithHtmlComment,
  pngWithHtmlChunk,
  pngZipPolyglot,
  validPng,
} from './hostile-images';
import { pdfText } from './pdf-text';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

/** Images pdfkit embedded (it writes object dictionaries uncompressed). */
function embeddedImages(pdf: Buffer): number {
  return pdf.toString('latin1').split('/Subtype /Image').length - 1;
}

/** Every file that decodes to nothing usable, by the code the upload answers with. */
const REFUSED: [string, () => Buffer | Promise<Buffer>, string, string][] = [
  ['a PNG whose image data is not zlib', hostile.corruptZlibPng, 'scan.png', 'imageInvalid'],
  ['a PNG declaring 60000 × 60000 pixels', hostile.hugePng, 'scan.png', 'imageTooLarge'],
  ['a PNG with a chunk length of 0xFFFFFFF4', hostile.loopingChunkPng, 'scan.png', 'imageInvalid'],
  ['a JPEG header followed by garbage', hostile.jpegThenGarbage, 'scan.jpg', 'imageInvalid'],
  ['a PNG cut off half-way', hostile.truncatedPng, 'scan.png', 'imageInvalid'],
  ['a PDF behind a PNG signature', hostile.pngHeadedPdf, 'scan.png', 'imageInvalid'],
  ['a GIF/JavaScript polyglot', hostile.gifScriptPolyglot, 'scan.png', 'fileType'],
];

/** Files that are images and something else: they decode, and only the image may come back. */
const SANITISED: [string, () => Promise<Buffer>, string, string][] = [
  [
    'a PNG with HTML appended',
    async () => Buffer.concat([await validPng(20, 10), Buffer.from(HTML)]),
    'png',
    '<script>',
  ],
  ['a PNG with HTML in a text chunk', pngWithHtmlChunk, 'png', '<script>'],
  ['a PNG/ZIP polyglot', pngZipPolyglot, 'png', 'PK\x03\x04'],
  ['a JPEG with HTML in a comment', jpegWithHtmlComment, 'jpeg', '<script>'],
];

describe.each(DATABASES)('uploaded and stored images (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let market2025: string;
  let openEvent: string;

  beforeAll(async () => {
    t = await createTestApp(database);
    await t.app.get(SeedService).seedIfEmpty();
    admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    market2025 = (await admin.get('/api/events')).body.find((e: { date: string }) => e.date === '2025-11-13').id;
    openEvent = (await admin.post('/api/events', { ...EVENT_2027, title: 'Bildprüfung 2027' })).body.id;
  });
  afterAll(() => t.close());
  // Jest fails the test in which an uncaught exception or unhandled rejection happens; the server must
  // also still answer after each one.
  afterEach(async () => {
    expect((await admin.get('/api/health')).status).toBe(200);
  });

  describe('logo upload', () => {
    async function draft() {
      const { client } = await t.as(Role.Applicant);
      const created = await client.post(`/api/events/${openEvent}/applications`);
      await client.patch(`/api/applications/${created.body.id}`, COMPLETE);
      return { client, id: created.body.id as string };
    }
    function upload(client: TestClient, id: string, content: Buffer, name: string) {
      return client.agent
        .put(`/api/applications/${id}/logo`)
        .set('X-XSRF-TOKEN', client.xsrf)
        .attach('logo', content, { filename: name, contentType: name.endsWith('.jpg') ? 'image/jpeg' : 'image/png' });
    }

    it.each(REFUSED)('refuses %s with 400 and a field error', async (_label, make, name, code) => {
      const { client, id } = await draft();
      const res = await upload(client, id, await make(), name);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'logo', code }] });
      expect((await client.get(`/api/applications/${id}`)).body.hasLogo).toBe(false);
      expect(existsSync(join(t.config.dataDir, 'uploads', 'logos', `${id}.png`))).toBe(false);
    });

    it('names the declared size and the limit of a too large image', async () => {
      const { client, id } = await draft();
      const res = await upload(client, id, hostile.hugePng(), 'huge.png');
      expect(res.body.errors[0].params).toEqual({ width: 60000, height: 60000, max: 24 });
    });

    it.each(SANITISED)('keeps of %s only the re-encoded image', async (_label, make, format, marker) => {
      const { client, id } = await draft();
      const content = await make();
      expect(content.includes(marker)).toBe(true);
      expect((await upload(client, id, content, format === 'png' ? 'logo.png' : 'logo.jpg')).status).toBe(200);
      const served = await client.download(`/api/applications/${id}/logo`);
      expect(served.headers['content-type']).toBe(`image/${format}`);
      const body = served.body as Buffer;
      expect(body.includes(marker)).toBe(false);
      expect((await sharp(body).metadata()).format).toBe(format);
      const onDisk = readdirSync(join(t.config.dataDir, 'uploads', 'logos')).filter((f) => f.startsWith(id));
      expect(onDisk).toEqual([`${id}.${format === 'png' ? 'png' : 'jpg'}`]);
    });

    it('strips EXIF, GPS position included, from a JPEG', async () => {
      const { client, id } = await draft();
      const photo = await jpegWithGps(120, 80);
      expect(hasGpsTag((await sharp(photo).metadata()).exif)).toBe(true);
      expect((await upload(client, id, photo, 'logo.jpg')).status).toBe(200);
      const body = (await client.download(`/api/applications/${id}/logo`)).body as Buffer;
      const metadata = await sharp(body).metadata();
      expect(metadata).toMatchObject({ format: 'jpeg', width: 120, height: 80 });
      expect(metadata.exif).toBeUndefined();
      expect(body.includes('Exif')).toBe(false);
      expect(body.includes('Secret Photographer')).toBe(false);
    });
  });

  describe('printing with stored logos that do not decode', () => {
    let placed: Application[];
    const broken = new Map<string, Buffer>();

    beforeAll(async () => {
      const repo = t.app.get(DataSource).getRepository(Application);
      // More exhibitors than the demo market has, one for each kind of broken file, on the free stands.
      for (let i = 0; i < 4; i++) {
        await repo.save(
          repo.create({
            eventId: market2025,
            status: ApplicationStatus.Accepted,
            organisationName: `Zusatzverein ${i + 1} (fiktiv)`,
            projectTitle: 'Projekt',
            publicationConsent: true,
          }),
        );
      }
      const { placements } = (await admin.post(`/api/events/${market2025}/assignments/suggest`, {})).body;
      const applied = await admin.post(`/api/events/${market2025}/assignments/apply`, {
        placements: placements.map(({ standId, applicationId }: { standId: string; applicationId: string }) => ({
          standId,
          applicationId,
        })),
      });
      expect(applied.status).toBe(200);
      placed = await repo.find({
        where: [
          { eventId: market2025, status: ApplicationStatus.Confirmed },
          { eventId: market2025, status: ApplicationStatus.Accepted },
        ],
        order: { organisationName: 'ASC' },
      });
      expect(placed.length).toBeGreaterThanOrEqual(8);
      const logos = t.app.get(LogoStorage);
      const good = await logos.store(placed[0].id, await validPng(300, 100));
      await repo.update(placed[0].id, { logoFile: good.file, logoType: good.type });
      // Written straight into the data folder, as files stored before uploads were decoded would be.
      const dir = join(t.config.dataDir, 'uploads', 'logos');
      mkdirSync(dir, { recursive: true });
      const files: [string, Buffer][] = [
        ['png', hostile.corruptZlibPng()],
        ['png', hostile.hugePng()],
        ['png', hostile.loopingChunkPng()],
        ['jpg', hostile.jpegThenGarbage()],
        ['png', await hostile.truncatedPng()],
        ['png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ];
      for (const [i, [extension, content]] of files.entries()) {
        const { id } = placed[i + 1];
        writeFileSync(join(dir, `${id}.${extension}`), content);
        broken.set(id, content);
        await repo.update(id, {
          logoFile: `${id}.${extension}`,
          logoType: extension === 'png' ? 'image/png' : 'image/jpeg',
        });
      }
      // A logo whose file has gone missing.
      await repo.update(placed[7].id, { logoFile: `${placed[7].id}.png`, logoType: 'image/png' });
      broken.set(placed[7].id, Buffer.alloc(0));
    });

    it('still produces every PDF, leaving out only the logos that do not decode, and logs each once', async () => {
      // The print's own logger: a spy on Logger.prototype would also count Nest's hand-over to the app's logger.
      const warn = jest.spyOn((t.app.get(PrintService) as unknown as { logger: Logger }).logger, 'warn');
      try {
        for (let round = 0; round < 2; round++) {
          for (const path of ['stand-signs.pdf', 'directory.pdf', 'floor-plan.pdf?size=A3', 'floor-plan.pdf?size=A4']) {
            const res = await admin.download(`/api/events/${market2025}/${path}`);
            expect({ path, status: res.status }).toEqual({ path, status: 200 });
            expect(res.headers['content-type']).toBe('application/pdf');
            expect(pdfText(res.body as Buffer).pages).toBeGreaterThan(0);
            if (path === 'stand-signs.pdf') {
              expect(embeddedImages(res.body as Buffer)).toBe(1);
              // Long names break across lines, even inside words.
              const text = pdfText(res.body as Buffer).text.replace(/\s+/g, '');
              for (const { organisationName } of placed) expect(text).toContain(organisationName?.replace(/\s+/g, ''));
            }
          }
        }
        for (const id of broken.keys()) {
          const lines = warn.mock.calls.filter(([message]) => String(message).includes(id));
          expect({ id, logged: lines.length }).toEqual({ id, logged: 1 });
        }
      } finally {
        warn.mockRestore();
      }
    });

    it('answers a PDF that fails with a clear error, and the next one works', async () => {
      const end = jest.spyOn(PDFDocument.prototype, 'end').mockImplementationOnce(function (this: PDFKit.PDFDocument) {
        // The stream fails later, on its own, as pdfkit's image decoding used to.
        setImmediate(() => this.emit('error', new Error('simulated stream failure')));
        return this;
      });
      const draw = jest.spyOn(PDFDocument.prototype, 'text').mockImplementationOnce(() => {
        throw new RangeError('simulated drawing failure');
      });
      try {
        for (const path of ['stand-signs.pdf', 'directory.pdf']) {
          const failed = await admin.get(`/api/events/${market2025}/${path}`);
          expect(failed.status).toBe(500);
          expect(failed.body).toMatchObject({
            statusCode: 500,
            code: 'print_failed',
            params: { document: expect.any(String) },
          });
        }
      } finally {
        end.mockRestore();
        draw.mockRestore();
      }
      const next = await admin.download(`/api/events/${market2025}/stand-signs.pdf`);
      expect(next.status).toBe(200);
      expect(pdfText(next.body as Buffer).pages).toBeGreaterThan(0);
      // Room for a late failure of the abandoned documents to surface inside this test.
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    it('sets aside at start-up every stored logo that does not decode, and keeps the good one', async () => {
      const repo = t.app.get(DataSource).getRepository(Application);
      const setAside = await t.app.get(StoredLogoCheck).run();
      expect(setAside.sort()).toEqual([...broken.keys()].sort());
      for (const id of broken.keys()) {
        expect(await repo.findOneByOrFail({ id })).toMatchObject({ logoFile: null, logoType: null });
      }
      const quarantined = readdirSync(join(t.config.dataDir, 'quarantine', 'logos'));
      expect(quarantined).toHaveLength(broken.size - 1);
      expect((await repo.findOneByOrFail({ id: placed[0].id })).logoFile).toBe(`${placed[0].id}.png`);
      expect(await t.app.get(StoredLogoCheck).run()).toEqual([]);
      const signs = await admin.download(`/api/events/${market2025}/stand-signs.pdf`);
      expect(embeddedImages(signs.body as Buffer)).toBe(1);
    });
  });

  describe('floor plan background', () => {
    const base = () => `/api/events/${openEvent}/floor-plan`;
    function upload(content: Buffer, name = 'scan.png', client = admin) {
      return client.agent
        .put(`${base()}/background`)
        .set('X-XSRF-TOKEN', client.xsrf)
        .attach('background', content, { filename: name, contentType: 'image/png' });
    }
    function savePlan(plan: FloorPlanDto, background: unknown) {
      return admin.agent.put(base()).set('X-XSRF-TOKEN', admin.xsrf).send({
        width: plan.width,
        depth: plan.depth,
        features: plan.features,
        stands: plan.stands,
        version: plan.version,
        background,
      });
    }

    it.each(REFUSED)('refuses %s with 400 and a field error', async (_label, make, name, code) => {
      const res = await upload(await make(), name);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'background', code }] });
      expect((await admin.get(base())).body.background).toBeNull();
    });

    it('takes a scan far larger than a JSON body, stores it re-encoded and serves it under the URL the plan names', async () => {
      const scan = await validPng(700, 500, { noise: true });
      expect(scan.length).toBeGreaterThan(500 * 1024);
      const withHtml = Buffer.concat([scan, Buffer.from(HTML)]);
      const res = await upload(withHtml);
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(0);
      expect(res.body.background).toEqual({
        url: expect.stringMatching(new RegExp(`^${base()}/background\\?v=[0-9a-f]{12}$`)),
        x: 0,
        y: 0,
        width: 30,
        opacity: 0.5,
      });
      const served = await admin.download(res.body.background.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect((served.body as Buffer).includes('<script>')).toBe(false);
      expect(await sharp(served.body as Buffer).metadata()).toMatchObject({ format: 'png', width: 700, height: 500 });
    });

    it('strips EXIF from a JPEG scan and replaces the previous file under a new URL', async () => {
      const before = (await admin.get(base())).body as FloorPlanDto;
      const res = await upload(await jpegWithGps(200, 100), 'scan.jpg');
      expect(res.status).toBe(200);
      expect(res.body.background.url).not.toBe(before.background?.url);
      const served = await admin.download(res.body.background.url);
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect((await sharp(served.body as Buffer).metadata()).exif).toBeUndefined();
      expect(readdirSync(join(t.config.dataDir, 'uploads', 'backgrounds'))).toHaveLength(1);
    });

    it('saves the plan with the URL sent back and refuses image data in the plan', async () => {
      const plan = (await admin.get(base())).body as FloorPlanDto;
      const bg = plan.background as NonNullable<FloorPlanDto['background']>;
      const moved = await savePlan(plan, { ...bg, x: 2, width: 12, opacity: 0.3 });
      expect(moved.status).toBe(200);
      expect(moved.body.background).toEqual({ url: bg.url, x: 2, y: 0, width: 12, opacity: 0.3 });
      expect(moved.body.version).toBe(plan.version + 1);

      const dataUrl = `data:image/png;base64,${(await validPng(4, 4)).toString('base64')}`;
      const asUrl = await savePlan(moved.body, { ...bg, url: dataUrl });
      expect(asUrl.status).toBe(400);
      expect(asUrl.body.errors).toEqual([expect.objectContaining({ field: 'background.url', code: 'matches' })]);
      const legacy = await savePlan(moved.body, { dataUrl, x: 0, y: 0, width: 10, opacity: 0.5 });
      expect(legacy.status).toBe(400);
      expect(legacy.body.errors).toEqual([expect.objectContaining({ field: 'background.dataUrl' })]);
      expect((await admin.get(base())).body.background).toEqual(moved.body.background);
    });

    it('hides the scan when a plan is saved without it, and removes it on DELETE', async () => {
      const plan = (await admin.get(base())).body as FloorPlanDto;
      const hidden = await savePlan(plan, null);
      expect(hidden.body.background).toBeNull();
      const restored = await upload(await validPng(40, 30));
      expect(restored.body.background).toMatchObject({ x: 0, y: 0, width: plan.width, opacity: 0.5 });

      const removed = await admin.delete(`${base()}/background`);
      expect(removed.status).toBe(200);
      expect(removed.body.background).toBeNull();
      expect((await admin.get(restored.body.background.url)).status).toBe(404);
      expect(readdirSync(join(t.config.dataDir, 'uploads', 'backgrounds'))).toEqual([]);
    });

    it('is for admins only', async () => {
      expect((await upload(await validPng(4, 4))).status).toBe(200);
      const url = (await admin.get(base())).body.background.url;
      const { client: reviewer } = await t.as(Role.Reviewer);
      expect((await upload(await validPng(4, 4), 'scan.png', reviewer)).status).toBe(403);
      expect((await reviewer.get(url)).status).toBe(403);
      expect((await reviewer.delete(`${base()}/background`)).status).toBe(403);
      expect((await (await t.client()).get(url)).status).toBe(401);
    });

    it('keeps plans and prints working when a stored scan is damaged', async () => {
      const plan = (await admin.get(base())).body as FloorPlanDto;
      const file = readdirSync(join(t.config.dataDir, 'uploads', 'backgrounds'))[0];
      writeFileSync(join(t.config.dataDir, 'uploads', 'backgrounds', file), hostile.loopingChunkPng());
      expect((await admin.get(base())).status).toBe(200);
      for (const size of ['A3', 'A4']) {
        const res = await admin.download(`/api/events/${openEvent}/floor-plan.pdf?size=${size}`);
        expect(res.status).toBe(200);
        expect(pdfText(res.body as Buffer).pages).toBeGreaterThan(0);
      }
      expect((await savePlan(plan, plan.background)).status).toBe(200);
    });
  });

  describe('migration of data-URL backgrounds', () => {
    it('moves decodable ones into re-encoded files, drops the rest, and matches the entities', async () => {
      const dataSource = t.app.get(DataSource);
      const migration = new BackgroundUploads1764210000000();
      const runner = dataSource.createQueryRunner();
      const previousDataDir = process.env['DATA_DIR'];
      // PostgreSQL has no file to find the data folder by: the migration reads it from the environment.
      process.env['DATA_DIR'] = t.config.dataDir;
      try {
        const [good, corrupt, svg] = await Promise.all(
          ['Migration A', 'Migration B', 'Migration C'].map(
            async (title) => (await admin.post('/api/events', { ...EVENT_2027, title })).body.id as string,
          ),
        );
        await migration.down(runner);
        const legacy = (content: Buffer, type = 'image/png') =>
          JSON.stringify({
            dataUrl: `data:${type};base64,${content.toString('base64')}`,
            x: 1,
            y: 2,
            width: 15,
            opacity: 0.4,
          });
        const rows: [string, string][] = [
          [good, legacy(Buffer.concat([await validPng(30, 20), Buffer.from(HTML)]))],
          [corrupt, legacy(hostile.corruptZlibPng())],
          [svg, legacy(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')],
        ];
        for (const [eventId, background] of rows) {
          const [sql, params] = dataSource.driver.escapeQueryWithParameters(
            `INSERT INTO "floor_plans" ("id", "eventId", "width", "depth", "background", "features", "version") VALUES (:id, :eventId, 30, 20, :background, '[]', 1)`,
            { id: crypto.randomUUID(), eventId, background },
            {},
          );
          await runner.query(sql, params);
        }
        await migration.up(runner);
        expect((await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);

        const plans = dataSource.getRepository(FloorPlan);
        const moved = await plans.findOneByOrFail({ eventId: good });
        expect(moved.background).toEqual({ x: 1, y: 2, width: 15, opacity: 0.4 });
        const stored = join(t.config.dataDir, 'uploads', 'backgrounds', moved.backgroundFile as string);
        expect(readFileSync(stored).includes('<script>')).toBe(false);
        expect(await sharp(stored).metadata()).toMatchObject({ format: 'png', width: 30, height: 20 });
        const plan = (await admin.get(`/api/events/${good}/floor-plan`)).body as FloorPlanDto;
        expect((await admin.get(plan.background?.url as string)).status).toBe(200);
        for (const eventId of [corrupt, svg]) {
          expect(await plans.findOneByOrFail({ eventId })).toMatchObject({ background: null, backgroundFile: null });
        }
      } finally {
        await runner.release();
        if (previousDataDir === undefined) delete process.env['DATA_DIR'];
        else process.env['DATA_DIR'] = previousDataDir;
      }
    });
  });
});
