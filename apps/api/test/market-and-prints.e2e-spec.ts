import { ApplicationStatus, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/seed/demo-data';
import { LogoStorage } from '../src/app/applications/logo-storage';
import { SeedService } from '../src/app/seed/seed.service';
import { PNG } from './fixtures';
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
      const { text, pages } = pdfText(res.body as Buffer);
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
