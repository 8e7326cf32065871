import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ApplicationFields,
  ApplicationStatus,
  EventStatus,
  FeatureKind,
  FloorFeature,
  OrganisationType,
  Role,
  Stand,
} from '@markt/shared';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { AppModule } from '../src/app/app.module';
import { hashPassword } from '../src/app/auth/password';
import { JsonLogger } from '../src/app/common/json-logger';
import { EventsService } from '../src/app/events/events.service';
import { FloorPlanService } from '../src/app/floor-plan/floor-plan.service';
import { Review } from '../src/app/reviews/review.entity';
import { reviewTotal } from '../src/app/reviews/review-math';
import { DEMO_CRITERIA, DEMO_TOPICS, EVENT_2025 } from '../src/app/seed/demo-data';
import { SeedService } from '../src/app/seed/seed.service';
import { Event } from '../src/app/events/event.entity';
import { User } from '../src/app/users/user.entity';

/** The size of the benchmark's market. */
export const SIZE = {
  stands: 1000,
  /** Accepted or confirmed: one for every stand, so suggestion and apply place 1,000. */
  placeable: 1000,
  /** Submitted, in review, waitlisted, rejected, withdrawn: the rest of a busy call for applications. */
  others: 200,
  reviewers: 5,
  /** Share of the accepted exhibitors with a logo (each a different picture). */
  logoShare: 0.5,
} as const;

export const ADMIN = { email: 'bench-admin@example.org', password: 'bench-password-not-secret' };

export interface BenchData {
  eventId: string;
  /** The demo data's 2025 market (the one the performance issue's baseline measured). */
  demoEventId: string;
  applicationIds: string[];
  /** Ids of the 1,000 stands in plan order. */
  standIds: string[];
  seconds: number;
}

/** A small seeded generator, so every run builds the same market. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Verein', 'Initiative', 'Netzwerk', 'Beratungsstelle', 'Bildungswerk', 'Jugendtreff', 'Forum'];
const PLACES = ['Bilk', 'Flingern', 'Oberbilk', 'Gerresheim', 'Benrath', 'Eller', 'Rath', 'Unterbach', 'Hassels'];
const THEMES = ['Vielfalt', 'Demokratie', 'Begegnung', 'Teilhabe', 'Zivilcourage', 'Empowerment', 'Dialog'];

/**
 * The 1,000-stand hall: 40 columns × 25 rows of 2.5 × 2 m stands with aisles, a third with power,
 * most reachable without steps, one exhibitor each.
 */
export function benchStands(): Stand[] {
  const stands: Stand[] = [];
  for (let row = 0; row < 25; row++) {
    for (let col = 0; col < 40; col++) {
      const n = row * 40 + col;
      stands.push({
        number: String(n + 1),
        x: 3 + col * 3,
        y: 4 + row * 4,
        width: 2.5,
        depth: 2,
        rotation: 0,
        hasPower: n % 3 === 0,
        stepFree: n % 5 !== 4,
        capacity: 1,
      });
    }
  }
  return stands;
}

const FEATURES: FloorFeature[] = [
  { id: 'stage', kind: FeatureKind.Stage, x: 40, y: 0.5, width: 46, depth: 3, rotation: 0, label: 'Bühne' },
  { id: 'entrance', kind: FeatureKind.Entrance, x: 58, y: 105.8, width: 8, depth: 0.2, rotation: 0 },
  { id: 'exit-west', kind: FeatureKind.EmergencyExit, x: 0, y: 50, width: 0.2, depth: 1.5, rotation: 0 },
  { id: 'exit-east', kind: FeatureKind.EmergencyExit, x: 125.8, y: 50, width: 0.2, depth: 1.5, rotation: 0 },
];

/**
 * A distinct logo per exhibitor, as organisations draw them: a coloured field, a round mark and a bar
 * (400 × 200 PNG, a few kilobytes), each one different so no two share a content hash.
 */
function logoPicture(i: number): Promise<Buffer> {
  const width = 400;
  const height = 200;
  const pixels = Buffer.alloc(width * height * 3);
  const hue = (i * 47) % 256;
  const cx = 60 + (i % 7) * 20;
  const radius = 40 + (i % 5) * 6;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 3;
      const inMark = (x - cx) ** 2 + (y - 100) ** 2 < radius ** 2;
      const inBar = x > 180 && x < 380 && y > 80 + (i % 3) * 10 && y < 110 + (i % 3) * 10;
      const [r, g, b] = inMark ? [255 - hue, 80, hue] : inBar ? [30, 30, 30] : [240, 240 - (y >> 3), 230 - (hue >> 3)];
      pixels[p] = r;
      pixels[p + 1] = g;
      pixels[p + 2] = b;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * Builds the benchmark's database in `dataDir` through the app's own modules (a Nest application
 * context, like `admin:create`), without HTTP: the demo data, one admin, reviewers, 1,200 applicants each with an
 * application and one review, a 1,000-stand plan saved by the floor-plan service, and logos. Nothing
 * is placed yet: suggestion and apply are timed over HTTP.
 */
export async function buildBenchData(dataDir: string): Promise<BenchData> {
  const started = Date.now();
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    OUTBOX_INTERVAL_SECONDS: '0',
  });
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule, {
    logger: new JsonLogger('warn'),
  });
  try {
    const dataSource = app.get(DataSource);
    // The demo data first (it is only seeded into an empty database): its published 2025 market is
    // the small one the baseline measured.
    await app.get(SeedService).seedIfEmpty();
    const demoEvent = await dataSource.getRepository(Event).findOneByOrFail({ title: EVENT_2025.title });
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    // One hash for every account: hashing 1,200 passwords would take a minute and measure nothing.
    const passwordHash = await hashPassword(ADMIN.password);
    const user = (email: string, name: string, role: Role): User =>
      dataSource.getRepository(User).create({
        id: randomUUID(),
        email,
        name,
        role,
        passwordHash,
        active: true,
        emailVerifiedAt: new Date(),
      });
    const admin = user(ADMIN.email, 'Bench Admin', Role.Admin);
    const reviewers = Array.from({ length: SIZE.reviewers }, (_v, i) =>
      user(`bench-reviewer-${i}@example.org`, `Bench Reviewer ${i}`, Role.Reviewer),
    );
    const total = SIZE.placeable + SIZE.others;
    const applicants = Array.from({ length: total }, (_v, i) =>
      user(`bench-applicant-${i}@example.org`, `Bench Applicant ${i}`, Role.Applicant),
    );
    await dataSource.getRepository(User).save([admin, ...reviewers, ...applicants], { chunk: 200 });

    const event = await app.get(EventsService).create({
      ...EVENT_2025,
      title: 'Integrationskonferenz (Lasttest, 1.000 Stände)',
      standsPlanned: SIZE.stands,
      status: EventStatus.Closed,
      marketPublished: true,
      topics: DEMO_TOPICS,
      reviewCriteria: DEMO_CRITERIA,
    });

    const statuses: ApplicationStatus[] = [
      ...Array<ApplicationStatus>(700).fill(ApplicationStatus.Accepted),
      ...Array<ApplicationStatus>(SIZE.placeable - 700).fill(ApplicationStatus.Confirmed),
      ...Array<ApplicationStatus>(60).fill(ApplicationStatus.Submitted),
      ...Array<ApplicationStatus>(40).fill(ApplicationStatus.InReview),
      ...Array<ApplicationStatus>(40).fill(ApplicationStatus.Waitlisted),
      ...Array<ApplicationStatus>(40).fill(ApplicationStatus.Rejected),
      ...Array<ApplicationStatus>(SIZE.others - 180).fill(ApplicationStatus.Withdrawn),
    ];
    const names = statuses.map(
      (_s, i) => `${pick(KINDS)} ${pick(THEMES)} ${pick(PLACES)} ${i + 1}${i % 3 ? '' : ' e. V.'} (fiktiv)`,
    );
    const logoDir = join(dataDir, 'uploads', 'logos');
    await mkdir(logoDir, { recursive: true });

    const applications: Application[] = [];
    const reviews: Review[] = [];
    const submittedAt = new Date('2025-08-01T08:00:00Z').getTime();
    for (const [i, status] of statuses.entries()) {
      const topics = [pick(DEMO_TOPICS), pick(DEMO_TOPICS)].filter((t, j, all) => all.indexOf(t) === j);
      const fields: ApplicationFields = {
        organisationName: names[i],
        organisationType: pick(Object.values(OrganisationType)),
        organisationAddress: `Musterstraße ${i + 1}, 40210 Düsseldorf`,
        organisationWebsite: `https://example.org/${i + 1}`,
        organisationDescription: `${names[i]} arbeitet seit Jahren im Stadtteil; ein erfundenes Beispiel für den Lasttest.`,
        contactName: `Kontakt ${i + 1}`,
        contactEmail: `bench-applicant-${i}@example.org`,
        contactPhone: '+49 211 0000000',
        projectTitle: `${pick(THEMES)} im Quartier – Projekt ${i + 1}`,
        shortText: `Mitmach-Angebot zu ${topics.join(' und ')}: Gespräche, Material und ein Quiz am Stand.`,
        projectDescription: 'Eine längere Beschreibung des Projekts für die Prüfung. '.repeat(6).trim(),
        topics,
        targetGroups: 'Jugendliche, Fachkräfte, Interessierte',
        languages: 'Deutsch, Englisch',
        standActivity: 'Infomaterial und Gespräche am Stand',
        hasHandsOnOffer: next() < 0.3,
        peopleAttending: 2,
        tables: 1,
        chairs: 2,
        needsPinBoard: next() < 0.4,
        needsPower: next() < 0.2,
        standWidth: 2,
        needsStepFreeAccess: next() < 0.1,
        // Some name a neighbour, as "neben …" wishes do.
        ...(next() < 0.1 && { otherWishes: `Gern neben ${pick(names)}` }),
        staffNames: 'Person A, Person B',
        termsAccepted: true,
        workshopInterest: false,
        privacyConsent: true,
        publicationConsent: next() < 0.9,
        photoConsent: true,
      };
      const id = randomUUID();
      const at = new Date(submittedAt + i * 60_000);
      const placeable = status === ApplicationStatus.Accepted || status === ApplicationStatus.Confirmed;
      const logo = placeable && next() < SIZE.logoShare ? await logoPicture(i) : null;
      if (logo) await writeFile(join(logoDir, `${id}.png`), logo);
      applications.push(
        dataSource.getRepository(Application).create({
          ...fields,
          id,
          eventId: event.id,
          applicantId: applicants[i].id,
          status,
          submittedAt: at,
          privacyConsentAt: at,
          publicationConsentAt: fields.publicationConsent ? at : null,
          photoConsentAt: at,
          logoFile: logo ? `${id}.png` : null,
          logoType: logo ? 'image/png' : null,
          decidedAt: placeable || status === ApplicationStatus.Rejected ? new Date('2025-09-30T10:00:00Z') : null,
        }),
      );
      const reviewer = reviewers[i % reviewers.length];
      const scores = DEMO_CRITERIA.map(() => 1 + Math.floor(next() * 5));
      reviews.push(
        dataSource.getRepository(Review).create({
          id: randomUUID(),
          applicationId: id,
          reviewerId: reviewer.id,
          reviewerName: reviewer.name,
          scores,
          total: reviewTotal(scores),
          comment: i % 4 === 0 ? 'Überzeugendes Angebot.' : null,
          conflictOfInterest: false,
          snapshot: fields,
        }),
      );
    }
    await dataSource.transaction(async (manager) => {
      await manager.getRepository(Application).save(applications, { chunk: 100 });
      await manager.getRepository(Review).save(reviews, { chunk: 100 });
    });

    const plan = await app.get(FloorPlanService).save(event.id, {
      width: 126,
      depth: 106,
      features: FEATURES,
      stands: benchStands(),
      version: 0,
    });
    return {
      eventId: event.id,
      demoEventId: demoEvent.id,
      applicationIds: applications.map((a) => a.id),
      standIds: plan.stands.map((s) => s.id as string),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await app.close();
  }
}
