import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ApplicationStatus,
  CapacityDto,
  HOLDS_PLACE,
  LIMITS,
  Role,
  StaffApplicationList,
  StaffApplicationRow,
} from '@markt/shared';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Application } from '../applications/application.entity';
import { toApplicationDto } from '../applications/applications.mapper';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { User } from '../users/user.entity';
import { StaffListQueryDto } from './dto/staff-list.query';
import { Review } from './review.entity';

/** What a row needs beyond the application: the average and count of the reviews that count, and mine. */
interface RowFacts {
  id: string;
  average: number | string | null;
  reviews: number | string | null;
  mine: string | null;
  mineConflict: boolean | number | null;
  mineUpdatedAt: Date | string | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The average as the viewer may see it: admins always, a reviewer after a review of their own (with scores). */
function visibleAverage(viewer: User): string {
  return viewer.role === Role.Admin
    ? 's.average'
    : 'CASE WHEN mine.id IS NOT NULL AND mine.conflictOfInterest = :no THEN s.average END';
}

/** Highest visible score first (or lowest), unscored and hidden ones last whichever the direction. */
function byScore(qb: SelectQueryBuilder<Application>, viewer: User, direction: 'ASC' | 'DESC') {
  const expression = visibleAverage(viewer);
  return qb.orderBy(`CASE WHEN ${expression} IS NULL THEN 1 ELSE 0 END`, 'ASC').addOrderBy(expression, direction);
}

/**
 * The staff's list of an event's applications. Filtering, sorting (also by score), counting and paging
 * happen in the database, the same on SQLite and PostgreSQL, and only the page shown is loaded. Scores the
 * viewer may not see (a reviewer before their own review) count as no score: they can neither be seen
 * nor sorted by, and the waitlist order is told to admins only.
 */
@Injectable()
export class StaffListService {
  constructor(
    @InjectRepository(Application)
    private readonly applications: Repository<Application>,
    @InjectRepository(Review)
    private readonly reviews: Repository<Review>,
    private readonly events: EventsService,
  ) {}

  async list(eventId: string, viewer: User, query: StaffListQueryDto): Promise<StaffApplicationList> {
    const event = await this.events.get(eventId, viewer.role);
    const pageSize = query.pageSize ?? LIMITS.staffList.pageSize.default;
    const page = query.page ?? 1;
    const sort = query.sort ?? 'date';
    const descending = (query.order ?? (sort === 'score' ? 'desc' : 'asc')) === 'desc';

    const filtered = this.filtered(this.withFacts(eventId, viewer), query);
    const total = await filtered.clone().getCount();
    const ordered = filtered.clone();
    const direction = descending ? 'DESC' : 'ASC';
    if (sort === 'score') {
      byScore(ordered, viewer, direction);
    } else if (sort === 'name') {
      ordered.orderBy('LOWER(a.organisationName)', direction);
    } else {
      ordered.orderBy('a.submittedAt', direction);
    }
    ordered.addOrderBy('a.submittedAt', 'ASC').addOrderBy('a.id', 'ASC');
    const facts = await ordered
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<RowFacts>();

    const loaded = new Map(
      (facts.length ? await this.applications.findBy({ id: In(facts.map((f) => f.id)) }) : []).map((a) => [a.id, a]),
    );
    const items = facts.map((f) => this.row(loaded.get(f.id) as Application, f, viewer));
    return {
      items,
      total,
      page,
      pageSize,
      counts: await this.counts(eventId),
      capacity: await this.capacity(event, viewer),
    };
  }

  /** The event's submitted applications with their review facts, as seen by the viewer. */
  private withFacts(eventId: string, viewer: User): SelectQueryBuilder<Application> {
    const stats = this.reviews
      .createQueryBuilder('r')
      .select('r.applicationId', 'applicationId')
      .addSelect('AVG(r.total)', 'average')
      .addSelect('COUNT(*)', 'reviews')
      .where('r.conflictOfInterest = :no')
      .groupBy('r.applicationId');
    return this.applications
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .addSelect('s.average', 'average')
      .addSelect('s.reviews', 'reviews')
      .addSelect('mine.id', 'mine')
      .addSelect('mine.conflictOfInterest', 'mineConflict')
      .addSelect('mine.updatedAt', 'mineUpdatedAt')
      .leftJoin(`(${stats.getQuery()})`, 's', 's."applicationId" = a.id')
      .leftJoin(Review, 'mine', 'mine.applicationId = a.id AND mine.reviewerId = :viewer')
      .where('a.eventId = :eventId')
      .andWhere('a.status <> :draft')
      .setParameters({ eventId, viewer: viewer.id, draft: ApplicationStatus.Draft, no: false });
  }

  private filtered(qb: SelectQueryBuilder<Application>, query: StaffListQueryDto): SelectQueryBuilder<Application> {
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    // Topics are stored as a JSON list of strings: match one element, quotes included.
    if (query.topic) qb.andWhere('a.topics LIKE :topic', { topic: `%${JSON.stringify(query.topic)}%` });
    if (query.needsPower !== undefined) {
      qb.andWhere(query.needsPower ? 'a.needsPower = :yes' : '(a.needsPower = :no OR a.needsPower IS NULL)', {
        yes: true,
        no: false,
      });
    }
    if (query.needsStepFreeAccess !== undefined) {
      qb.andWhere(
        query.needsStepFreeAccess
          ? 'a.needsStepFreeAccess = :yes'
          : '(a.needsStepFreeAccess = :no OR a.needsStepFreeAccess IS NULL)',
        { yes: true, no: false },
      );
    }
    const q = query.q?.trim().toLocaleLowerCase('de');
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((or) =>
          ['organisationName', 'projectTitle', 'shortText'].forEach((field) =>
            or.orWhere(`LOWER(a.${field}) LIKE :q ESCAPE '\\'`, { q: pattern }),
          ),
        ),
      );
    }
    return qb;
  }

  private row(application: Application, facts: RowFacts, viewer: User): StaffApplicationRow {
    const mine = facts.mine !== null;
    const mineCounts = mine && !facts.mineConflict;
    const average = facts.average === null ? null : round(Number(facts.average));
    const reviewedAt = facts.mineUpdatedAt === null ? null : new Date(facts.mineUpdatedAt);
    return {
      ...toApplicationDto(application),
      averageScore: viewer.role === Role.Admin || mineCounts ? average : null,
      reviewCount: Number(facts.reviews ?? 0),
      reviewedByMe: mine,
      conflictDeclaredByMe: mine && !mineCounts,
      changedSinceMyReview:
        !!reviewedAt && !!application.changedAfterSubmissionAt && application.changedAfterSubmissionAt > reviewedAt,
    };
  }

  /** Count per status over the whole event, unaffected by the filters. */
  private async counts(eventId: string): Promise<StaffApplicationList['counts']> {
    const rows = await this.applications
      .createQueryBuilder('a')
      .select('a.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('a.eventId = :eventId AND a.status <> :draft', { eventId, draft: ApplicationStatus.Draft })
      .groupBy('a.status')
      .getRawMany<{ status: ApplicationStatus; count: number | string }>();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  }

  /**
   * Planned vs. taken places and, when one is free, who is next on the waitlist — for admins only, since
   * the waitlist order is the score order, which reviewers must not learn before their own review.
   */
  private async capacity(event: Event, viewer: User): Promise<CapacityDto> {
    const taken = await this.applications.countBy({ eventId: event.id, status: In([...HOLDS_PLACE]) });
    const free = Math.max(0, event.standsPlanned - taken);
    let nextOnWaitlist: CapacityDto['nextOnWaitlist'] = null;
    if (viewer.role === Role.Admin && free > 0) {
      const next = await byScore(
        this.filtered(this.withFacts(event.id, viewer), { status: ApplicationStatus.Waitlisted }),
        viewer,
        'DESC',
      )
        .addOrderBy('a.submittedAt', 'ASC')
        .limit(1)
        .getRawOne<RowFacts>();
      const application = next && (await this.applications.findOneBy({ id: next.id }));
      if (application) {
        nextOnWaitlist = {
          id: application.id,
          organisationName: application.organisationName,
          projectTitle: application.projectTitle,
        };
      }
    }
    return { planned: event.standsPlanned, taken, free, nextOnWaitlist };
  }
}
