import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApplicationStatus,
  CapacityDto,
  Decision,
  ERROR_CODES,
  HOLDS_PLACE,
  LIMITS,
  Role,
  StaffApplicationList,
  StaffApplicationRow,
  STAFF_ROW_FIELDS,
} from '@markt/shared';
import { Brackets, DataSource, FindOptionsSelect, In, SelectQueryBuilder } from 'typeorm';
import { Application } from '../applications/application.entity';
import { DataChanges } from '../database/data-changes';
import { VersionedCache } from '../database/versioned-cache';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Event } from '../events/event.entity';
import { User } from '../users/user.entity';
import { StaffListQueryDto } from './dto/staff-list.query';
import { Review } from './review.entity';

/** What a row needs beyond the application, read for the page's applications only. */
interface RowFacts {
  id: string;
  /** Mean and count of the reviews that count (no conflict of interest). */
  average: number | string | null;
  reviews: number | string;
  /** The viewer's own review: whether there is one, whether it is a conflict, when it was last saved. */
  mine: number | string;
  mineConflict: number | string;
  mineUpdatedAt: Date | string | null;
}

/** The columns a row shows (`STAFF_ROW_FIELDS`), so a page never loads texts, contacts or logos. */
const ROW_COLUMNS = Object.fromEntries(
  STAFF_ROW_FIELDS.map((field) => [field, true]),
) as FindOptionsSelect<Application>;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * How long a page is answered from memory while this process wrote nothing (another instance's writes on a
 * shared PostgreSQL database show after at most this long).
 */
export const STAFF_LIST_MAX_AGE_MS = 2_000;
/** Pages kept: a few per staff member working through the list (about 40 kB each). */
const STAFF_LIST_PAGES_KEPT = 200;

/** The mean of an application's counting reviews, one index lookup (`IDX_reviews_application_total`). */
const AVERAGE = '(SELECT AVG(r.total) FROM reviews r WHERE r."applicationId" = a.id AND r."conflictOfInterest" = :no)';

/** The average as the viewer may see it: admins always, a reviewer after a review of their own (with scores). */
function visibleAverage(viewer: User): string {
  if (viewer.role === Role.Admin) return AVERAGE;
  const mine =
    'SELECT 1 FROM reviews m WHERE m."applicationId" = a.id AND m."reviewerId" = :viewer AND m."conflictOfInterest" = :no';
  return `CASE WHEN EXISTS (${mine}) THEN ${AVERAGE} END`;
}

/** Highest visible score first (or lowest), unscored and hidden ones last whichever the direction. */
function byScore(qb: SelectQueryBuilder<Application>, viewer: User, direction: 'ASC' | 'DESC') {
  const expression = visibleAverage(viewer);
  return qb.orderBy(`CASE WHEN ${expression} IS NULL THEN 1 ELSE 0 END`, 'ASC').addOrderBy(expression, direction);
}

/** The filters that leave the count per status as it is (the total is then read off the counts). */
const hasFiltersBeyondStatus = (q: StaffListQueryDto) =>
  !!q.topic || q.needsPower !== undefined || q.needsStepFreeAccess !== undefined || !!q.q?.trim();

/**
 * The staff's list of an event's applications. Filtering, sorting (also by score), counting and paging
 * happen in the database, the same on SQLite and PostgreSQL, and only the page shown is loaded: one query
 * for the event with its count per status, one for the filtered count where a filter needs it, one for
 * the page's applications in order and one for their review facts. Sorting by score averages each
 * application's reviews through an index; the other orders read the page off an index without averaging.
 * Scores the viewer may not see (a reviewer before their own review) count as no score: they can neither
 * be seen nor sorted by, and the waitlist order is told to admins only.
 *
 * A page read is kept per viewer and query until anything it rests on is written (`DataChanges`): staff
 * paging back and forth, several reviewers on the same first page and the list's refresh after a decision
 * elsewhere then cost no queries, while every write shows at the next read.
 */
@Injectable()
export class StaffListService {
  private readonly pages: VersionedCache<StaffApplicationList>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    changes: DataChanges,
  ) {
    this.pages = new VersionedCache(changes, {
      maxAgeMs: STAFF_LIST_MAX_AGE_MS,
      maxEntries: STAFF_LIST_PAGES_KEPT,
    });
  }

  list(eventId: string, viewer: User, query: StaffListQueryDto): Promise<StaffApplicationList> {
    const sort = query.sort ?? 'date';
    const normalised = {
      status: query.status,
      topic: query.topic,
      needsPower: query.needsPower,
      needsStepFreeAccess: query.needsStepFreeAccess,
      q: query.q?.trim().toLocaleLowerCase('de') || undefined,
      sort,
      order: query.order ?? (sort === 'score' ? 'desc' : 'asc'),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? LIMITS.staffList.pageSize.default,
    } as const;
    // Rows differ per viewer (own review, hidden scores), so the viewer is part of the key.
    const key = JSON.stringify([eventId, viewer.id, viewer.role, normalised]);
    return this.pages.get(key, () => this.read(eventId, viewer, normalised));
  }

  private async read(
    eventId: string,
    viewer: User,
    query: StaffListQueryDto & Required<Pick<StaffListQueryDto, 'sort' | 'order' | 'page' | 'pageSize'>>,
  ): Promise<StaffApplicationList> {
    const { standsPlanned, counts } = await this.eventWithCounts(eventId);
    const { pageSize, page, sort } = query;
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';

    const total = hasFiltersBeyondStatus(query)
      ? await this.count(eventId, query)
      : query.status
        ? (counts[query.status] ?? 0)
        : Object.values(counts).reduce((sum, n) => sum + n, 0);
    const ordered = this.filtered(eventId, query);
    if (sort === 'score') {
      byScore(ordered, viewer, direction).setParameters({ viewer: viewer.id, no: false });
    } else if (sort === 'name') {
      ordered.orderBy('LOWER(a.organisationName)', direction); // IDX_applications_event_name
    } else {
      ordered.orderBy('a.submittedAt', direction);
    }
    // Ties by submission, then id, so pages never overlap. (An order by an expression given twice keeps only
    // the last direction, so the date order gets the id alone.)
    if (sort !== 'date') ordered.addOrderBy('a.submittedAt', 'ASC');
    ordered.addOrderBy('a.id', 'ASC');
    // The order and the page read ids only (from indexes where the order has one); then the page's rows.
    const ids =
      total > (page - 1) * pageSize
        ? (
            await ordered
              .select('a.id', 'id')
              .offset((page - 1) * pageSize)
              .limit(pageSize)
              .getRawMany<{ id: string }>()
          ).map((r) => r.id)
        : [];
    const loaded = new Map(
      (ids.length
        ? await this.dataSource.getRepository(Application).find({ select: ROW_COLUMNS, where: { id: In(ids) } })
        : []
      ).map((a) => [a.id, a]),
    );
    const applications = ids.map((id) => loaded.get(id)).filter((a): a is Application => !!a);
    const facts = await this.facts(
      applications.map((a) => a.id),
      viewer,
    );
    const staged = new Map(
      (ids.length
        ? await this.dataSource
            .getRepository(PendingDecision)
            .find({ select: { applicationId: true, decision: true }, where: { applicationId: In(ids) } })
        : []
      ).map((p) => [p.applicationId, p.decision]),
    );
    const taken = HOLDS_PLACE.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
    return {
      items: applications.map((a) => this.row(a, facts.get(a.id), viewer, staged.get(a.id) ?? null)),
      total,
      page,
      pageSize,
      counts,
      capacity: await this.capacity(eventId, standsPlanned, taken, viewer),
    };
  }

  /**
   * The event's planned stands and its count per status over all submitted applications, unaffected by
   * the filters, in one query (a staff member sees drafts of events too, so there is nothing to hide).
   */
  private async eventWithCounts(
    eventId: string,
  ): Promise<{ standsPlanned: number; counts: StaffApplicationList['counts'] }> {
    const rows = await this.dataSource
      .createQueryBuilder(Event, 'e')
      .select('e.standsPlanned', 'standsPlanned')
      .addSelect('a.status', 'status')
      .addSelect('COUNT(a.status)', 'count')
      .leftJoin(Application, 'a', 'a.eventId = e.id AND a.status <> :draft', { draft: ApplicationStatus.Draft })
      .where('e.id = :eventId', { eventId })
      .groupBy('e.standsPlanned')
      .addGroupBy('a.status')
      .getRawMany<{ standsPlanned: number; status: ApplicationStatus | null; count: number | string }>();
    if (rows.length === 0) throw new NotFoundException({ code: ERROR_CODES.notFound, message: 'Event not found' });
    const counts: StaffApplicationList['counts'] = {};
    for (const { status, count } of rows) if (status) counts[status] = Number(count);
    return { standsPlanned: Number(rows[0].standsPlanned), counts };
  }

  private async count(eventId: string, query: StaffListQueryDto): Promise<number> {
    const row = await this.filtered(eventId, query).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }

  /** The event's submitted applications that pass the filters. */
  private filtered(eventId: string, query: StaffListQueryDto): SelectQueryBuilder<Application> {
    const qb = this.dataSource
      .createQueryBuilder(Application, 'a')
      .where('a.eventId = :eventId', { eventId })
      .andWhere('a.status <> :draft', { draft: ApplicationStatus.Draft });
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

  /** Average and count of the counting reviews, and the viewer's own review, of the page's applications. */
  private async facts(ids: string[], viewer: User): Promise<Map<string, RowFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder(Review, 'r')
      .select('r.applicationId', 'id')
      .addSelect('AVG(CASE WHEN r.conflictOfInterest = :no THEN r.total END)', 'average')
      .addSelect('SUM(CASE WHEN r.conflictOfInterest = :no THEN 1 ELSE 0 END)', 'reviews')
      .addSelect('MAX(CASE WHEN r.reviewerId = :viewer THEN 1 ELSE 0 END)', 'mine')
      .addSelect(
        'MAX(CASE WHEN r.reviewerId = :viewer AND r.conflictOfInterest = :yes THEN 1 ELSE 0 END)',
        'mineConflict',
      )
      .addSelect('MAX(CASE WHEN r.reviewerId = :viewer THEN r.updatedAt END)', 'mineUpdatedAt')
      .where('r.applicationId IN (:...ids)', { ids })
      .groupBy('r.applicationId')
      .setParameters({ viewer: viewer.id, no: false, yes: true })
      .getRawMany<RowFacts>();
    return new Map(rows.map((r) => [r.id, r]));
  }

  private row(
    application: Application,
    facts: RowFacts | undefined,
    viewer: User,
    stagedDecision: Decision | null,
  ): StaffApplicationRow {
    const mine = Number(facts?.mine ?? 0) === 1;
    const mineCounts = mine && Number(facts?.mineConflict) !== 1;
    const average = facts?.average == null ? null : round(Number(facts.average));
    const reviewedAt = mine && facts?.mineUpdatedAt ? this.hydratedDate(facts.mineUpdatedAt) : null;
    return {
      id: application.id,
      status: application.status,
      organisationName: application.organisationName ?? undefined,
      projectTitle: application.projectTitle ?? undefined,
      topics: application.topics ?? undefined,
      needsPower: application.needsPower ?? undefined,
      needsStepFreeAccess: application.needsStepFreeAccess ?? undefined,
      submittedAt: application.submittedAt?.toISOString() ?? null,
      changedAfterSubmissionAt: application.changedAfterSubmissionAt?.toISOString() ?? null,
      decidedAt: application.decidedAt?.toISOString() ?? null,
      averageScore: viewer.role === Role.Admin || mineCounts ? average : null,
      reviewCount: Number(facts?.reviews ?? 0),
      reviewedByMe: mine,
      conflictDeclaredByMe: mine && !mineCounts,
      changedSinceMyReview:
        !!reviewedAt && !!application.changedAfterSubmissionAt && application.changedAfterSubmissionAt > reviewedAt,
      stagedDecision,
    };
  }

  /** A review's `updatedAt` read raw, as the driver turns it into a date when it loads the entity. */
  private hydratedDate(value: Date | string): Date {
    const column = this.dataSource.getMetadata(Review).findColumnWithPropertyName('updatedAt');
    return column ? (this.dataSource.driver.prepareHydratedValue(value, column) as Date) : new Date(value);
  }

  /**
   * Planned vs. taken places and, when one is free, who is next on the waitlist — for admins only, since
   * the waitlist order is the score order, which reviewers must not learn before their own review.
   */
  private async capacity(eventId: string, planned: number, taken: number, viewer: User): Promise<CapacityDto> {
    const free = Math.max(0, planned - taken);
    let nextOnWaitlist: CapacityDto['nextOnWaitlist'] = null;
    if (viewer.role === Role.Admin && free > 0) {
      const next = await byScore(this.filtered(eventId, { status: ApplicationStatus.Waitlisted }), viewer, 'DESC')
        .setParameters({ viewer: viewer.id, no: false })
        .addOrderBy('a.submittedAt', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .select(['a.id', 'a.organisationName', 'a.projectTitle'])
        .limit(1)
        .getOne();
      if (next) {
        nextOnWaitlist = { id: next.id, organisationName: next.organisationName, projectTitle: next.projectTitle };
      }
    }
    return { planned, taken, free, nextOnWaitlist };
  }
}
