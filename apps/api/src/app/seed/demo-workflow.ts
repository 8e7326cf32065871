import { ApplicationStatus } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { toApplicationFields } from '../applications/applications.mapper';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Review } from '../reviews/review.entity';
import { User } from '../users/user.entity';

/** The 2027 demo application staff sent back for changes, and the one with a staged acceptance. */
export const DEMO_CHANGES_REQUESTED = 'Verein Brückenbau e. V. (fiktiv)';
export const DEMO_STAGED = 'Migrant*innenforum Rhein (fiktiv)';

/**
 * The running call for applications in mid-review: one application sent back for changes (the applicant
 * sees the request), one reviewed by both staff accounts with an acceptance staged but not released.
 */
export async function seedReviewWorkflow(dataSource: DataSource, eventId: string, staff: User[], admin: User) {
  const applications = dataSource.getRepository(Application);
  const sentBack = await applications.findOneByOrFail({ eventId, organisationName: DEMO_CHANGES_REQUESTED });
  await applications.update(sentBack.id, {
    status: ApplicationStatus.ChangesRequested,
    changesRequestedMessage:
      'Bitte beschreiben Sie genauer, was an Ihrem Stand passiert und wie viele Personen mitmachen können.',
    changesRequestedFields: ['standActivity', 'peopleAttending'],
    changesRequestedAt: new Date('2026-11-20T09:00:00Z'),
  });

  const staged = await applications.findOneByOrFail({ eventId, organisationName: DEMO_STAGED });
  const reviews = dataSource.getRepository(Review);
  for (const reviewer of staff) {
    await reviews.save(
      reviews.create({
        applicationId: staged.id,
        reviewerId: reviewer.id,
        reviewerName: reviewer.name,
        scores: [5, 4, 4],
        comment: null,
        conflictOfInterest: false,
        snapshot: toApplicationFields(staged),
      }),
    );
  }
  await applications.update(staged.id, { status: ApplicationStatus.InReview });
  const pending = dataSource.getRepository(PendingDecision);
  await pending.save(
    pending.create({
      eventId,
      applicationId: staged.id,
      decision: ApplicationStatus.Accepted,
      message: 'Wir freuen uns auf Ihren Stand.',
      stagedById: admin.id,
    }),
  );
}
