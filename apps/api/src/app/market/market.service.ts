import { HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, EventStatus, HOLDS_PLACE, PublicExhibitor, PublicMarketDto } from '@markt/shared';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { DataSource, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { LogoStorage } from '../applications/logo-storage';
import { Assignment } from '../assignments/assignment.entity';
import { DataChanges } from '../database/data-changes';
import { VersionedCache } from '../database/versioned-cache';
import { Event } from '../events/event.entity';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { LogoHashes } from './logo-hashes';

const gzipped = promisify(gzip);
const brotli = promisify(brotliCompress);

/**
 * The public page is built once per change and kept in memory: a write of this process (any service,
 * seen by `DataChanges`) makes it stale at once, so a withdrawn consent, an assignment or unpublishing
 * shows with the next request. Another API instance's writes (several instances on one PostgreSQL
 * database) are not seen here; this age bounds how late they show. A version check per request was
 * the alternative: it would send every phone's request to the database (on SQLite through the one
 * connection all other requests wait for), which is what the cache is there to avoid, while browsers
 * keep the page for a minute anyway (`max-age=60`), so a few seconds more add little. Past this age,
 * with nothing written here, the old page is answered once more and rebuilt behind it.
 */
export const PUBLIC_MARKET_MAX_AGE_MS = 5_000;
/** Events whose page is kept; a deployment has a handful. */
const KEPT_EVENTS = 16;

/** The public page of one market, built once per change: the data, its JSON bytes (also compressed), a strong ETag. */
export interface PublicMarketPage {
  /** Shared by every request: read, never modify. */
  dto: PublicMarketDto;
  json: Buffer;
  /** The JSON compressed, once per build: phones ask for it, and it is about a sixth of the bytes. */
  gzip: Buffer;
  br: Buffer;
  /** Of the JSON bytes; each compressed form is another representation with a tag of its own. */
  etag: string;
  /** The logo of each exhibitor on the page that has one. */
  logos: Map<string, { file: string; type: string; hash: string }>;
}

/** A built page, or why there is none (the 404 to answer). */
interface Built {
  page?: PublicMarketPage;
  missing?: { code: string; message: string };
}

/** The public URL of a logo: with its content hash, so it can be cached for good. */
export function publicLogoUrl(eventId: string, applicationId: string, hash: string): string {
  return `/api/public/events/${eventId}/logos/${applicationId}/${hash}`;
}

export interface MarketExhibitor {
  application: Application;
  stand: StandEntity | null;
}

/** What an event's market shows: accepted exhibitors, their stands, the room. Shared by the public page and the prints. */
@Injectable()
export class MarketService {
  private readonly logoHashes = new LogoHashes();
  /** Unknown event ids are not kept: they are anyone's to make up. */
  private readonly pages: VersionedCache<Built>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    changes: DataChanges,
    private readonly logoFiles: LogoStorage,
  ) {
    this.pages = new VersionedCache(changes, {
      maxAgeMs: PUBLIC_MARKET_MAX_AGE_MS,
      maxEntries: KEPT_EVENTS,
      keep: (built) => built.missing?.code !== ERROR_CODES.notFound,
    });
  }

  async event(eventId: string): Promise<Event> {
    const event = await this.dataSource.getRepository(Event).findOneBy({ id: eventId, status: Not(EventStatus.Draft) });
    if (!event)
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Event not found',
      });
    return event;
  }

  /** Accepted and confirmed exhibitors with their stand, in stand-number order (unplaced last). */
  async exhibitors(eventId: string, { publishableOnly }: { publishableOnly: boolean }): Promise<MarketExhibitor[]> {
    const applications = await this.dataSource.getRepository(Application).findBy({
      eventId,
      status: In([...HOLDS_PLACE]),
      ...(publishableOnly && { publicationConsent: true }),
    });
    const assignments = await this.dataSource.getRepository(Assignment).findBy({ eventId });
    const stands = new Map((await this.stands(eventId)).map((s) => [s.id, s]));
    const standOf = new Map(assignments.map((a) => [a.applicationId, stands.get(a.standId) ?? null]));
    return applications
      .map((application) => ({
        application,
        stand: standOf.get(application.id) ?? null,
      }))
      .sort((a, b) => compareNumbers(a.stand?.number, b.stand?.number) || byName(a.application, b.application));
  }

  stands(eventId: string): Promise<StandEntity[]> {
    return this.dataSource.getRepository(StandEntity).findBy({ eventId });
  }

  plan(eventId: string): Promise<FloorPlan | null> {
    return this.dataSource.getRepository(FloorPlan).findOneBy({ eventId });
  }

  /** The public page's data: nothing of an unpublished market, nobody who did not consent to publication. */
  async publicMarket(eventId: string): Promise<PublicMarketDto> {
    return (await this.publicPage(eventId)).dto;
  }

  /** The public page as it is served, from the cache (see `PUBLIC_MARKET_MAX_AGE_MS`); 404 where there is none. */
  async publicPage(eventId: string): Promise<PublicMarketPage> {
    const built = await this.current(eventId);
    if (!built.page) throw new NotFoundException(built.missing);
    return built.page;
  }

  /** A logo for the public page: only of a published market and an accepted exhibitor who consented. */
  async publicLogo(eventId: string, applicationId: string): Promise<{ file: string; type: string; hash: string }> {
    const logo = (await this.current(eventId)).page?.logos.get(applicationId);
    if (!logo) throw new NotFoundException({ code: ERROR_CODES.notFound, message: 'No logo' });
    return logo;
  }

  private current(eventId: string): Promise<Built> {
    return this.pages.get(eventId, () => this.build(eventId));
  }

  private async build(eventId: string): Promise<Built> {
    let event: Event;
    try {
      event = await this.event(eventId);
    } catch (error) {
      if (error instanceof HttpException) return { missing: error.getResponse() as Built['missing'] };
      throw error;
    }
    if (!event.marketPublished) {
      return { missing: { code: 'market_not_published', message: 'This market is not published' } };
    }
    const [exhibitors, plan, stands] = await Promise.all([
      this.exhibitors(eventId, { publishableOnly: true }),
      this.plan(eventId),
      this.stands(eventId),
    ]);
    const logos: PublicMarketPage['logos'] = new Map();
    for (const { application: a } of exhibitors) {
      if (!a.logoFile) continue;
      const hash = await this.logoHashes.of(this.logoFiles.path(a.logoFile));
      if (hash) logos.set(a.id, { file: a.logoFile, type: a.logoType ?? 'application/octet-stream', hash });
    }
    const dto: PublicMarketDto = {
      event: {
        id: event.id,
        title: event.title,
        date: event.date,
        startTime: event.startTime,
        endTime: event.endTime,
        venueName: event.venueName,
        venueAddress: event.venueAddress,
      },
      exhibitors: exhibitors.map(({ application: a, stand }): PublicExhibitor => {
        const logo = logos.get(a.id);
        return {
          id: a.id,
          organisationName: a.organisationName ?? '',
          projectTitle: a.projectTitle ?? '',
          shortText: a.shortText,
          topics: a.topics ?? [],
          website: a.organisationWebsite,
          standId: stand?.number ?? null,
          standNumber: stand?.number ?? null,
          logoUrl: logo ? publicLogoUrl(eventId, a.id, logo.hash) : null,
        };
      }),
      plan: plan && {
        width: plan.width,
        depth: plan.depth,
        ...(plan.outline && { outline: plan.outline }),
        features: plan.features,
        stands: stands.map(({ number, x, y, width, depth, rotation }) => ({
          id: number,
          number,
          x,
          y,
          width,
          depth,
          rotation,
        })),
      },
    };
    const json = Buffer.from(JSON.stringify(dto));
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    const [gzip, br] = await Promise.all([
      gzipped(json),
      brotli(json, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 7, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length },
      }),
    ]);
    return { page: { dto, json, gzip, br, etag, logos } };
  }
}

/** One collator each, made once: `localeCompare` with a locale builds a new one on every call. */
const NUMERIC = new Intl.Collator('de', { numeric: true });
const GERMAN = new Intl.Collator('de');

/** Stand numbers sort as numbers where they are ("2" before "10"), else as text. */
function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return NUMERIC.compare(a, b);
}

function byName(a: Application, b: Application): number {
  return GERMAN.compare(a.organisationName ?? '', b.organisationName ?? '');
}
