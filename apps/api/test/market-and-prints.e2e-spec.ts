import { ApplicationStatus, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { LogoStorage } from '../src/app/applications/logo-storage';
import { SeedService } from '../src/app/seed/seed.service';
import { JPEG, PNG } from './fixtures';
import { pdfText } from './pdf-text';
import { createTestApp, DATABASES, TestApp, TestClient } from './test-app';

describe.each(DATABASES)('prints and the public market (%s)', (database) => {
  let t: TestApp;
  let admin: TestClient;
  let eventId: string;
  let placed: Application[];

  beforeAll(async () => {
    t = await createTestApp(database, {
      PUBLIC_URL: 'https://markt.example.org',
    });
    await t.app.get(SeedService).seedIfEmpty();
    admin = await (await t.client()).login(DEMO_ACCOUNTS[0].email, DEMO_PASSWORD);
    eventId = (await admin.get('/api/events')).body.find((e: { date: string }) => e.date === '2025-11-13').id;
    const repo = t.app.get(DataSource).getRepository(Application);
    placed = await repo.findBy({
      eventId,
      status: ApplicationStatus.Confirmed,
    });
    placed.push(...(await repo.findBy({ eventId, status: ApplicationStatus.Accepted })));
    // An umlaut-heavy name shows that the embedded font keeps German letters intact.
    await repo.update(placed[0].id, {
      organisationName: 'Brückenbau Düsseldorf – Grüße „aus“ dem Süden (fiktiv)',
    });
  });
  afterAll(() => t.close());

  it('prints the demo floor plan on one landscape page with every assigned stand in the legend', async () => {
    for (const size of ['A4', 'A3']) {
      const res = await admin.download(`/api/events/${eventId}/floor-plan.pdf?size=${size}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const { pages, ...read } = pdfText(res.body as Buffer);
      // The legend's columns wrap long names; what counts is that each is there.
      const text = read.text.replace(/\s+/g, ' ');
      expect(pages).toBe(1);
      expect(text).toContain('Brückenbau Düsseldorf – Grüße „aus“ dem Süden (fiktiv)');
      for (const application of placed.slice(1)) expect(text).toContain(application.organisationName as string);
      expect(text).toContain('Demokratie in Bedrängnis – was wir tun können');
      expect(text).toContain('Donnerstag, 13. November 2025, 15:00–19:15 Uhr');
      expect(text.replace(/\s+/g, '')).toContain(`https://markt.example.org/markt/${eventId}`);
    }
    expect((await admin.get(`/api/events/${eventId}/floor-plan.pdf?size=A5`)).status).toBe(400);
  });

  it('makes one stand sign per assigned stand', async () => {
    const { text, pages } = pdfText((await admin.download(`/api/events/${eventId}/stand-signs.pdf`)).body as Buffer);
    const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
    expect(pages).toBe(new Set(view.assignments.map((a: { standId: string }) => a.standId)).size);
    expect(text.replace(/\s+/g, ' ')).toContain('Brückenbau Düsseldorf');
  });

  it('lists in the directory only those who consented to publication, alphabetically', async () => {
    const repo = t.app.get(DataSource).getRepository(Application);
    await repo.update(placed[1].id, { publicationConsent: false });
    const { text } = pdfText((await admin.download(`/api/events/${eventId}/directory.pdf`)).body as Buffer);
    expect(text).not.toContain(placed[1].organisationName as string);
    const shown = placed.filter((_a, i) => i !== 1);
    for (const application of shown.slice(1)) expect(text).toContain(application.organisationName as string);
    await repo.update(placed[1].id, { publicationConsent: true });
  });

  it('exports logistics per stand, with free stands too', async () => {
    const res = await admin.get(`/api/events/${eventId}/logistics.csv`);
    const rows: string[] = res.text.slice(1).trim().split('\r\n');
    expect(rows[0]).toContain('Stand;Organisation;Projekt;Personen');
    const numbers = rows.slice(1).map((r) => r.split(';')[0]);
    // Every one of the 24 stands has a row: a free one, or one per exhibitor (a shared stand has two).
    expect(new Set(numbers).size).toBe(24);
    const occupied = rows.slice(1).filter((r) => !r.includes(';frei;'));
    expect(occupied).toHaveLength(placed.length);
    expect(rows.filter((r) => r.includes(';frei;'))).toHaveLength(
      24 - new Set(occupied.map((r) => r.split(';')[0])).size,
    );
  });

  it('prints are for admins only', async () => {
    const { client: reviewer } = await t.as(Role.Reviewer);
    for (const path of ['floor-plan.pdf', 'stand-signs.pdf', 'directory.pdf', 'logistics.xlsx']) {
      expect((await reviewer.get(`/api/events/${eventId}/${path}`)).status).toBe(403);
    }
  });

  describe('public market', () => {
    it('serves a logo only of a consenting exhibitor of a published market', async () => {
      const repo = t.app.get(DataSource).getRepository(Application);
      const logos = t.app.get(LogoStorage);
      const [shown, hidden] = placed;
      for (const application of [shown, hidden]) {
        const { file, type } = await logos.store(application.id, PNG);
        await repo.update(application.id, { logoFile: file, logoType: type });
      }
      await repo.update(hidden.id, { publicationConsent: false });
      const anonymous = await t.client();
      const market = (await anonymous.get(`/api/public/events/${eventId}/market`)).body;
      const url = market.exhibitors.find((e: { id: string }) => e.id === shown.id).logoUrl;
      const logo = await anonymous.get(url);
      expect(logo.status).toBe(200);
      expect(logo.headers['content-type']).toBe('image/png');
      expect((await anonymous.get(`/api/public/events/${eventId}/logos/${hidden.id}`)).status).toBe(404);

      await admin.patch(`/api/events/${eventId}`, { marketPublished: false });
      expect((await anonymous.get(url)).status).toBe(404);
      await admin.patch(`/api/events/${eventId}`, { marketPublished: true });
      await repo.update(hidden.id, { publicationConsent: true });
    });

    it('shows the published market to anyone, cacheable, with only consenting exhibitors', async () => {
      const repo = t.app.get(DataSource).getRepository(Application);
      await repo.update(placed[1].id, { publicationConsent: false });
      const anonymous = await t.client();
      const res = await anonymous.get(`/api/public/events/${eventId}/market`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toContain('public');
      expect(res.headers['etag']).toBeTruthy();
      expect(
        (await anonymous.agent.get(`/api/public/events/${eventId}/market`).set('If-None-Match', res.headers['etag']))
          .status,
      ).toBe(304);
      const ids = res.body.exhibitors.map((e: { id: string }) => e.id);
      expect(ids).not.toContain(placed[1].id);
      expect(ids).toContain(placed[0].id);
      expect(res.body.exhibitors.every((e: { standNumber: string | null }) => e.standNumber)).toBe(true);
      expect(res.body.plan.stands).toHaveLength(24);
      // Stands are keyed by their number; the database's ids stay inside.
      for (const stand of res.body.plan.stands) expect(stand.id).toBe(stand.number);
      for (const e of res.body.exhibitors) expect(e.standId).toBe(e.standNumber);
      const text = JSON.stringify(res.body);
      for (const secret of ['contactEmail', 'contactPhone', 'staffNames', 'kontakt@example.org', 'Demo-Kontakt'])
        expect(text).not.toContain(secret);
      await repo.update(placed[1].id, { publicationConsent: true });
    });

    it('never shows an unpublished market, nor withdrawn or rejected applications', async () => {
      const anonymous = await t.client();
      const events = (await anonymous.get('/api/events')).body;
      const open = events.find((e: { date: string }) => e.date.startsWith('2027'));
      expect((await anonymous.get(`/api/public/events/${open.id}/market`)).status).toBe(404);

      const market = (await anonymous.get(`/api/public/events/${eventId}/market`)).body;
      const statuses = await t.app.get(DataSource).getRepository(Application).findBy({ eventId });
      const notShown = statuses.filter((a) => !['accepted', 'confirmed'].includes(a.status)).map((a) => a.id);
      expect(market.exhibitors.map((e: { id: string }) => e.id).filter((id: string) => notShown.includes(id))).toEqual(
        [],
      );

      await admin.patch(`/api/events/${eventId}`, { marketPublished: false });
      expect((await anonymous.get(`/api/public/events/${eventId}/market`)).status).toBe(404);
      await admin.patch(`/api/events/${eventId}`, { marketPublished: true });
    });

    it('answers phones from one strong ETag per version: 304 while unchanged, compressed on request, no cookie', async () => {
      const url = `/api/public/events/${eventId}/market`;
      const phone = await t.client();
      const plain = await phone.agent.get(url).set('Accept-Encoding', 'identity');
      expect(plain.status).toBe(200);
      expect(plain.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
      expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(plain.headers['etag']).toMatch(/^"[^"]+"$/);
      expect(plain.headers['set-cookie']).toBeUndefined();
      expect(plain.headers['vary']).toMatch(/Accept-Encoding/);

      const again = await phone.agent
        .get(url)
        .set('Accept-Encoding', 'identity')
        .set('If-None-Match', plain.headers['etag']);
      expect(again.status).toBe(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');

      // The compressed answer is another representation with a tag of its own, and the same data.
      const zipped = await phone.agent.get(url).set('Accept-Encoding', 'gzip');
      expect(zipped.status).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['etag']).not.toBe(plain.headers['etag']);
      expect(zipped.body).toEqual(plain.body);
      expect(
        (await phone.agent.get(url).set('Accept-Encoding', 'gzip').set('If-None-Match', zipped.headers['etag'])).status,
      ).toBe(304);
      expect(
        (await phone.agent.get(url).set('Accept-Encoding', 'identity').set('If-None-Match', zipped.headers['etag']))
          .status,
      ).toBe(200);
      // Browsers name brotli last ("gzip, deflate, br"); it is the smaller one, so it is chosen anyway.
      const brotli = await phone.download(url).set('Accept-Encoding', 'gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect([plain.headers['etag'], zipped.headers['etag']]).not.toContain(brotli.headers['etag']);
      // (the client has unpacked it)
      expect(JSON.parse((brotli.body as Buffer).toString())).toEqual(plain.body);
    });

    it('shows an assignment and unpublishing on the very next request, and a new ETag with them', async () => {
      const url = `/api/public/events/${eventId}/market`;
      const phone = await t.client();
      const before = await phone.agent.get(url).set('Accept-Encoding', 'identity');
      const exhibitor = before.body.exhibitors.find((e: { standNumber: string | null }) => e.standNumber);
      const view = (await admin.get(`/api/events/${eventId}/assignments`)).body;
      const used = new Set(view.assignments.map((a: { standId: string }) => a.standId));
      const plan = (await admin.get(`/api/events/${eventId}/floor-plan`)).body;
      const free = plan.stands.find((s: { id: string }) => !used.has(s.id));
      const moved = await admin.agent
        .put(`/api/events/${eventId}/assignments/${free.id}`)
        .set('X-XSRF-TOKEN', admin.xsrf)
        .send({ applicationId: exhibitor.id });
      expect(moved.status).toBe(200);

      const after = await phone.agent
        .get(url)
        .set('Accept-Encoding', 'identity')
        .set('If-None-Match', before.headers['etag']);
      expect(after.status).toBe(200);
      expect(after.headers['etag']).not.toBe(before.headers['etag']);
      expect(after.body.exhibitors.find((e: { id: string }) => e.id === exhibitor.id).standNumber).toBe(free.number);

      await admin.patch(`/api/events/${eventId}`, { marketPublished: false });
      expect((await phone.agent.get(url).set('If-None-Match', after.headers['etag'])).status).toBe(404);
      await admin.patch(`/api/events/${eventId}`, { marketPublished: true });
      expect((await phone.get(url)).status).toBe(200);
    });

    it('gives logos content-addressed URLs that are cached for good and change with the picture', async () => {
      const repo = t.app.get(DataSource).getRepository(Application);
      const logos = t.app.get(LogoStorage);
      const exhibitor = placed[2];
      const stored = await logos.store(exhibitor.id, PNG);
      await repo.update(exhibitor.id, { logoFile: stored.file, logoType: stored.type });
      const phone = await t.client();
      const logoUrl = async () =>
        (await phone.get(`/api/public/events/${eventId}/market`)).body.exhibitors.find(
          (e: { id: string }) => e.id === exhibitor.id,
        ).logoUrl as string;

      const first = await logoUrl();
      expect(first).toMatch(new RegExp(`^/api/public/events/${eventId}/logos/${exhibitor.id}/[0-9a-f]{16}$`));
      const png = await phone.download(first);
      expect(png.status).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(png.headers['set-cookie']).toBeUndefined();
      expect((png.body as Buffer).subarray(0, 8)).toEqual(PNG.subarray(0, 8));

      // A new picture: a new URL; the old one leads to it instead of answering with other bytes.
      const replaced = await logos.store(exhibitor.id, JPEG);
      await repo.update(exhibitor.id, { logoFile: replaced.file, logoType: replaced.type });
      const second = await logoUrl();
      expect(second).not.toBe(first);
      const jpeg = await phone.download(second);
      expect(jpeg.status).toBe(200);
      expect(jpeg.headers['content-type']).toBe('image/jpeg');
      expect((jpeg.body as Buffer).subarray(0, 3)).toEqual(JPEG.subarray(0, 3));
      const old = await phone.agent.get(first).redirects(0);
      expect(old.status).toBe(302);
      expect(old.headers['location']).toBe(second);
      expect(old.headers['cache-control']).toBe('no-cache');

      await logos.remove(exhibitor.id);
      await repo.update(exhibitor.id, { logoFile: null, logoType: null });
      expect(await logoUrl()).toBeNull();
      expect((await phone.get(second)).status).toBe(404);
    });
  });

  it('the plan and the assignment view, kept in memory, show every write on the next request', async () => {
    const planUrl = `/api/events/${eventId}/floor-plan`;
    const viewUrl = `/api/events/${eventId}/assignments`;
    const plan = (await admin.get(planUrl)).body;
    const view = (await admin.get(viewUrl)).body;
    const [first] = view.assignments as { standId: string; applicationId: string }[];

    // A plan save: the moved stand shows at once, in the plan and in the view built on it.
    const stands = plan.stands.map((s: { id: string; x: number }) =>
      s.id === first.standId ? { ...s, x: s.x + 1 } : s,
    );
    const { width, depth, features, version } = plan;
    expect((await admin.put(planUrl, { width, depth, features, stands, version })).status).toBe(200);
    const moved = (await admin.get(planUrl)).body.stands.find((s: { id: string }) => s.id === first.standId);
    expect(moved.x).toBe(plan.stands.find((s: { id: string }) => s.id === first.standId).x + 1);

    // Unassigning, and a write elsewhere (the exhibitor withdraws) that changes what the view reports.
    expect((await admin.delete(`${viewUrl}/${first.standId}?applicationId=${first.applicationId}`)).status).toBe(200);
    const after = (await admin.get(viewUrl)).body;
    expect(after.assignments.map((a: { applicationId: string }) => a.applicationId)).not.toContain(first.applicationId);
    expect(after.unplaced.map((a: { applicationId: string }) => a.applicationId)).toContain(first.applicationId);
    const applications = t.app.get(DataSource).getRepository(Application);
    const { status } = await applications.findOneByOrFail({ id: first.applicationId });
    await applications.update(first.applicationId, { status: ApplicationStatus.Withdrawn });
    const withdrawn = (await admin.get(viewUrl)).body;
    expect(withdrawn.unplaced.map((a: { applicationId: string }) => a.applicationId)).not.toContain(
      first.applicationId,
    );
    await applications.update(first.applicationId, { status });
    // Back on its stand, as the demo market had it.
    expect((await admin.put(`${viewUrl}/${first.standId}`, { applicationId: first.applicationId })).status).toBe(200);
  });

  it('continues a long legend on a second page instead of shrinking it', async () => {
    // Twenty more accepted projects with long names fill the remaining stands.
    const repo = t.app.get(DataSource).getRepository(Application);
    for (let i = 0; i < 20; i++) {
      await repo.save(
        repo.create({
          eventId,
          status: ApplicationStatus.Accepted,
          organisationName: `Verein mit einem ausgesprochen langen Namen Nummer ${i + 1} für Vielfalt und Demokratie in der Stadt (fiktiv)`,
          projectTitle: 'Ein Projekt mit einem ausführlichen Titel, der in der Legende mehrere Zeilen braucht',
          publicationConsent: true,
        }),
      );
    }
    const suggestion = (await admin.post(`/api/events/${eventId}/assignments/suggest`, {})).body;
    expect(suggestion.placements).toHaveLength(20);
    const applied = await admin.post(`/api/events/${eventId}/assignments/apply`, {
      placements: suggestion.placements.map(
        ({ standId, applicationId }: { standId: string; applicationId: string }) => ({ standId, applicationId }),
      ),
    });
    expect(applied.status).toBe(200);
    const { pages, text } = pdfText(
      (await admin.download(`/api/events/${eventId}/floor-plan.pdf?size=A4`)).body as Buffer,
    );
    expect(pages).toBe(2);
    expect(text).toContain('Legende (Fortsetzung)');
    expect(text.replace(/\s+/g, ' ')).toContain('Nummer 20 für Vielfalt');
  });
});
