import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, EventStatus, HOLDS_PLACE, PublicExhibitor, PublicMarketDto } from '@markt/shared';
import { DataSource, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Event } from '../events/event.entity';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';

export interface MarketExhibitor {
  application: Application;
  stand: StandEntity | null;
}

/** What an event's market shows: accepted exhibitors, their stands, the room. Shared by the public page and the prints. */
@Injectable()
export class MarketService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const event = await this.event(eventId);
    if (!event.marketPublished)
      throw new NotFoundException({
        code: 'market_not_published',
        message: 'This market is not published',
      });
    const [exhibitors, plan, stands] = await Promise.all([
      this.exhibitors(eventId, { publishableOnly: true }),
      this.plan(eventId),
      this.stands(eventId),
    ]);
    return {
      event: {
        id: event.id,
        title: event.title,
        date: event.date,
        startTime: event.startTime,
        endTime: event.endTime,
        venueName: event.venueName,
        venueAddress: event.venueAddress,
      },
      exhibitors: exhibitors.map(
        ({ application: a, stand }): PublicExhibitor => ({
          id: a.id,
          organisationName: a.organisationName ?? '',
          projectTitle: a.projectTitle ?? '',
          shortText: a.shortText,
          topics: a.topics ?? [],
          website: a.organisationWebsite,
          standId: stand?.id ?? null,
          standNumber: stand?.number ?? null,
          logoUrl: a.logoFile ? `/api/public/events/${eventId}/logos/${a.id}` : null,
        }),
      ),
      plan: plan && {
        width: plan.width,
        depth: plan.depth,
        ...(plan.outline && { outline: plan.outline }),
        features: plan.features,
        stands: stands.map(({ id, number, x, y, width, depth, rotation }) => ({
          id,
          number,
          x,
          y,
          width,
          depth,
          rotation,
        })),
      },
    };
  }

  /** A logo for the public page: only of a published market and an accepted exhibitor who consented. */
  async publicLogo(eventId: string, applicationId: string): Promise<Application> {
    const event = await this.event(eventId);
    const application = event.marketPublished
      ? await this.dataSource.getRepository(Application).findOneBy({
          id: applicationId,
          eventId,
          status: In([...HOLDS_PLACE]),
          publicationConsent: true,
        })
      : null;
    if (!application?.logoFile) throw new NotFoundException({ code: ERROR_CODES.notFound, message: 'No logo' });
    return application;
  }
}

/** Stand numbers sort as numbers where they are ("2" before "10"), else as text. */
function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a.localeCompare(b, 'de', { numeric: true });
}

function byName(a: Application, b: Application): number {
  return (a.organisationName ?? '').localeCompare(b.organisationName ?? '', 'de');
}
