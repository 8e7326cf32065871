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
import { Not, Repository } from 'typeorm';
import { Application } from '../applications/application.entity';
import { toApplicationDto } from '../applications/applications.mapper';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { User } from '../users/user.entity';
import { StaffListQueryDto } from './dto/staff-list.query';
import { average } from './review-math';
import { Review } from './review.entity';
import { ReviewsService } from './reviews.service';

type Scored = {
  application: Application;
  row: StaffApplicationRow;
  /** The average score as far as the viewer may see it. */
  average: number | null;
};

/**
 * The staff's list of an event's applications. An event has at most a few hundred, so filtering,
 * sorting by score and counting happen in memory, the same on SQLite and PostgreSQL.
 */
@Injectable()
export class StaffListService {
  constructor(
    @InjectRepository(Application)
    private readonly applications: Repository<Application>,
    private readonly events: EventsService,
    private readonly reviews: ReviewsService,
  ) {}

  async list(eventId: string, viewer: User, query: StaffListQueryDto): Promise<StaffApplicationList> {
    const event = await this.events.get(eventId, viewer.role);
    const scored = await this.scoredApplications(event, viewer);

    const counts: StaffApplicationList['counts'] = {};
    for (const { application } of scored) counts[application.status] = (counts[application.status] ?? 0) + 1;

    const q = query.q?.trim().toLocaleLowerCase('de');
    const filtered = scored.filter(
      ({ application: a }) =>
        (!query.status || a.status === query.status) &&
        (!query.topic || (a.topics ?? []).includes(query.topic)) &&
        (query.needsPower === undefined || !!a.needsPower === query.needsPower) &&
        (query.needsStepFreeAccess === undefined || !!a.needsStepFreeAccess === query.needsStepFreeAccess) &&
        (!q ||
          [a.organisationName, a.projectTitle, a.shortText].some((text) => text?.toLocaleLowerCase('de').includes(q))),
    );
    filtered.sort(comparator(query.sort ?? 'date', query.order ?? (query.sort === 'score' ? 'desc' : 'asc')));

    const pageSize = query.pageSize ?? LIMITS.staffList.pageSize.default;
    const page = query.page ?? 1;
    return {
      items: filtered.slice((page - 1) * pageSize, page * pageSize).map(({ row }) => row),
      total: filtered.length,
      page,
      pageSize,
      counts,
      capacity: capacity(event, scored, viewer),
    };
  }

  private async scoredApplications(event: Event, viewer: User): Promise<Scored[]> {
    const applications = await this.applications.find({
      where: { eventId: event.id, status: Not(ApplicationStatus.Draft) },
      order: { submittedAt: 'ASC' },
    });
    const reviews = await this.reviews.forApplications(applications.map((a) => a.id));
    const byApplication = new Map<string, Review[]>();
    for (const review of reviews)
      byApplication.set(review.applicationId, [...(byApplication.get(review.applicationId) ?? []), review]);

    return applications.map((application) => {
      const all = byApplication.get(application.id) ?? [];
      const own = all.find((r) => r.reviewerId === viewer.id);
      const avg = average(all);
      const maySee = viewer.role === Role.Admin || (!!own && !own.conflictOfInterest);
      const row: StaffApplicationRow = {
        ...toApplicationDto(application),
        averageScore: maySee ? avg : null,
        reviewCount: all.filter((r) => !r.conflictOfInterest).length,
        reviewedByMe: !!own,
        changedSinceMyReview:
          !!own && !!application.changedAfterSubmissionAt && application.changedAfterSubmissionAt > own.updatedAt,
      };
      // What may not be seen may not be sorted by either: hidden scores count as no score at all.
      return { application, row, average: maySee ? avg : null };
    });
  }
}

function comparator(sort: 'date' | 'score' | 'name', order: 'asc' | 'desc') {
  const direction = order === 'asc' ? 1 : -1;
  return (a: Scored, b: Scored): number => {
    if (sort === 'score') {
      // Unscored applications go last whichever the direction.
      if (a.average === null || b.average === null) return a.average === b.average ? 0 : a.average === null ? 1 : -1;
      return (a.average - b.average) * direction;
    }
    if (sort === 'name') {
      return (
        (a.application.organisationName ?? '').localeCompare(b.application.organisationName ?? '', 'de') * direction
      );
    }
    return ((a.application.submittedAt?.getTime() ?? 0) - (b.application.submittedAt?.getTime() ?? 0)) * direction;
  };
}

/**
 * Planned vs. taken places and, when one is free, who is next on the waitlist — for admins only, since
 * the waitlist order is the score order, which reviewers must not learn before their own review.
 */
function capacity(event: Event, scored: Scored[], viewer: User): CapacityDto {
  const taken = scored.filter(({ application }) => HOLDS_PLACE.includes(application.status)).length;
  const free = Math.max(0, event.standsPlanned - taken);
  const next = scored
    .filter(({ application }) => application.status === ApplicationStatus.Waitlisted)
    .sort(comparator('score', 'desc'))[0];
  return {
    planned: event.standsPlanned,
    taken,
    free,
    nextOnWaitlist:
      viewer.role === Role.Admin && free > 0 && next
        ? {
            id: next.application.id,
            organisationName: next.application.organisationName,
            projectTitle: next.application.projectTitle,
          }
        : null,
  };
}
