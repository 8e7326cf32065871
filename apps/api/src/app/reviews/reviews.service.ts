import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  ApplicationFields,
  canTransition,
  FieldError,
  REVIEWABLE,
  NoteDto,
  ReviewDto,
  ReviewSummaryDto,
  Role,
} from '@markt/shared';
import { DataSource, In, Repository } from 'typeorm';
import { toApplicationFields } from '../applications/applications.mapper';
import { ApplicationLifecycle } from '../applications/application-lifecycle.service';
import { ApplicationsService } from '../applications/applications.service';
import { validationFailed } from '../common/validation';
import { EventsService } from '../events/events.service';
import { User } from '../users/user.entity';
import { ReviewBody } from './dto/review.dto';
import { Note } from './note.entity';
import { average, changedFields, fieldChanges, reviewTotal } from './review-math';
import { Review } from './review.entity';

/** `current` is the application now: a review made on another version is outdated. */
export function toReviewDto(review: Review, current: ApplicationFields): ReviewDto {
  return {
    id: review.id,
    applicationId: review.applicationId,
    reviewerId: review.reviewerId,
    reviewerName: review.reviewerName,
    scores: review.scores,
    comment: review.comment,
    conflictOfInterest: review.conflictOfInterest,
    total: review.conflictOfInterest ? null : reviewTotal(review.scores),
    outdated: changedFields(review.snapshot, current).length > 0,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
  };
}

/** A review that unlocks the others: one with scores. Declaring a conflict abstains and unlocks nothing. */
function unlocks(review: Review | undefined): boolean {
  return !!review && !review.conflictOfInterest;
}

@Injectable()
export class ReviewsService {
  constructor(
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    @InjectRepository(Note) private readonly notes: Repository<Note>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly events: EventsService,
    private readonly lifecycle: ApplicationLifecycle,
  ) {}

  async review(applicationId: string, reviewer: User, input: ReviewBody): Promise<ReviewSummaryDto> {
    const application = await this.applications.get(applicationId, reviewer);
    if (!REVIEWABLE.includes(application.status)) {
      throw new ConflictException({
        code: 'not_reviewable',
        message: `An application that is ${application.status} cannot be reviewed`,
      });
    }
    const event = await this.events.get(application.eventId, reviewer.role);
    const scores = input.conflictOfInterest ? null : (input.scores ?? []);
    const errors = this.scoreErrors(input, event.reviewCriteria);
    if (errors.length > 0) throw validationFailed(errors);

    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Review);
      const existing = await repo.findOneBy({
        applicationId,
        reviewerId: reviewer.id,
      });
      await repo.save(
        repo.create({
          ...existing,
          applicationId,
          reviewerId: reviewer.id,
          reviewerName: reviewer.name,
          scores,
          comment: input.comment?.trim() || null,
          conflictOfInterest: input.conflictOfInterest,
          snapshot: toApplicationFields(application),
        }),
      );
      // The first real review moves the application into review.
      if (!input.conflictOfInterest && canTransition('startReview', application.status, reviewer.role, { event })) {
        // A second reviewer starting at the same moment finds it moved already: that is fine.
        await this.lifecycle.transitionIfUnchanged(manager, application, 'startReview', reviewer, { event });
      }
    });
    return this.summary(applicationId, reviewer);
  }

  private scoreErrors(input: ReviewBody, criteria: { label: string; min: number; max: number }[]): FieldError[] {
    if (input.conflictOfInterest) {
      return input.scores?.length
        ? [
            {
              field: 'scores',
              code: 'notWithConflict',
              message: 'No scores with a conflict of interest',
            },
          ]
        : [];
    }
    const scores = input.scores ?? [];
    if (scores.length !== criteria.length) {
      return [
        {
          field: 'scores',
          code: 'scoreCount',
          params: { count: criteria.length },
          message: `One score per criterion (${criteria.length})`,
        },
      ];
    }
    return scores.flatMap((score, i): FieldError[] => {
      const { min, max } = criteria[i];
      if (score < min)
        return [
          {
            field: `scores.${i}`,
            code: 'min',
            params: { min },
            message: `At least ${min}`,
          },
        ];
      if (score > max)
        return [
          {
            field: `scores.${i}`,
            code: 'max',
            params: { max },
            message: `At most ${max}`,
          },
        ];
      return [];
    });
  }

  /** Others' reviews and the average stay hidden until the caller reviewed (admins, who decide, always see them). */
  async summary(applicationId: string, viewer: User): Promise<ReviewSummaryDto> {
    const application = await this.applications.get(applicationId, viewer);
    const all = await this.reviews.find({
      where: { applicationId },
      order: { createdAt: 'ASC' },
    });
    const own = all.find((r) => r.reviewerId === viewer.id);
    const unlocked = viewer.role === Role.Admin || unlocks(own);
    const current = toApplicationFields(application);
    const changes = own ? fieldChanges(own.snapshot, current) : [];
    return {
      own: own ? toReviewDto(own, current) : null,
      changedSinceOwnReview: changes.map((c) => c.field),
      changesSinceOwnReview: changes,
      unlocked,
      others: unlocked ? all.filter((r) => r !== own).map((r) => toReviewDto(r, current)) : [],
      average: unlocked ? average(all) : null,
      count: all.filter((r) => !r.conflictOfInterest).length,
    };
  }

  /** Reviews of many applications at once, for lists and decisions. */
  forApplications(applicationIds: string[]): Promise<Review[]> {
    return applicationIds.length === 0
      ? Promise.resolve([])
      : this.reviews.findBy({ applicationId: In(applicationIds) });
  }

  async addNote(applicationId: string, author: User, text: string): Promise<NoteDto> {
    await this.applications.get(applicationId, author);
    const note = await this.notes.save(
      this.notes.create({
        applicationId,
        authorId: author.id,
        authorName: author.name,
        text: text.trim(),
      }),
    );
    return toNoteDto(note);
  }

  async listNotes(applicationId: string, viewer: User): Promise<NoteDto[]> {
    await this.applications.get(applicationId, viewer);
    return (
      await this.notes.find({
        where: { applicationId },
        order: { createdAt: 'ASC' },
      })
    ).map(toNoteDto);
  }
}

function toNoteDto(note: Note): NoteDto {
  return {
    id: note.id,
    applicationId: note.applicationId,
    authorId: note.authorId,
    authorName: note.authorName,
    text: note.text,
    createdAt: note.createdAt.toISOString(),
  };
}
