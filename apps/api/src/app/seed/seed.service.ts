import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Review } from '../reviews/review.entity';
import { AssignmentsService } from '../assignments/assignments.service';
import { FloorPlanService } from '../floor-plan/floor-plan.service';
import { DEMO_FEATURES, DEMO_ROOM, DEMO_STANDS } from './demo-floor-plan';
import { EventCopyService } from '../events/event-copy.service';
import { EventsService } from '../events/events.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_APPLICANT_COUNT, DEMO_APPLICATIONS } from './demo-applications';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, EVENT_2025, EVENT_2027 } from './demo-data';
import { seedReviewWorkflow } from './demo-workflow';

export interface SeededAccount {
  email: string;
  role: string;
  password: string;
}

/** Fills an empty database with the demo events and one account per role. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly users: UsersService,
    private readonly events: EventsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly floorPlans: FloorPlanService,
    private readonly assignments: AssignmentsService,
    private readonly copies: EventCopyService,
  ) {}

  /** Returns the accounts it created, or an empty list when the database already had users. */
  async seedIfEmpty(): Promise<SeededAccount[]> {
    if ((await this.users.count()) > 0) return [];
    const created: User[] = [];
    for (const account of DEMO_ACCOUNTS) {
      created.push(await this.users.create({ ...account, password: DEMO_PASSWORD }));
    }
    const applicants = [created.find((u) => u.role === Role.Applicant) as User];
    for (let i = 1; i < DEMO_APPLICANT_COUNT; i++) {
      applicants.push(
        await this.users.create({
          email: `antrag${i}@example.org`,
          name: `Demo-Antragsteller*in ${i}`,
          password: DEMO_PASSWORD,
          role: Role.Applicant,
        }),
      );
    }
    const admin = created.find((u) => u.role === Role.Admin) as User;
    const event2025 = await this.events.create(EVENT_2025);
    await this.seedFloorPlan(event2025.id);
    const events = {
      '2025': event2025,
      '2027': await this.copyFor2027(event2025.id, admin),
    };
    const staff = created.filter((u) => u.role !== Role.Applicant);
    await this.seedApplications(applicants, staff, {
      '2025': events['2025'].id,
      '2027': events['2027'].id,
    });
    await this.assignStands(events['2025'].id);
    await seedReviewWorkflow(this.dataSource, events['2027'].id, staff, admin);
    this.logger.log({
      msg: 'demo data seeded',
      accounts: created.length + applicants.length - 1,
      events: 2,
    });
    return DEMO_ACCOUNTS.map(({ email, role }) => ({
      email,
      role,
      password: DEMO_PASSWORD,
    }));
  }

  /** Applications in the states a past and a running call for applications would have. */
  private async seedApplications(
    applicants: User[],
    staff: User[],
    eventIds: Record<'2025' | '2027', string>,
  ): Promise<void> {
    const repo = this.dataSource.getRepository(Application);
    const reviews = this.dataSource.getRepository(Review);
    const submittedAt = {
      '2025': new Date('2025-08-20T10:00:00Z'),
      '2027': new Date('2026-11-10T10:00:00Z'),
    };
    for (const demo of DEMO_APPLICATIONS) {
      const consentAt = demo.status === ApplicationStatus.Draft ? null : submittedAt[demo.event];
      const application = await repo.save(
        repo.create({
          ...demo.fields,
          eventId: eventIds[demo.event],
          applicantId: applicants[demo.applicant].id,
          status: demo.status,
          submittedAt: consentAt,
          privacyConsentAt: demo.fields.privacyConsent ? consentAt : null,
          publicationConsentAt: demo.fields.publicationConsent ? consentAt : null,
          photoConsentAt: demo.fields.photoConsent ? consentAt : null,
          decisionMessage: demo.decisionMessage ?? null,
          decidedAt: demo.decisionMessage ? new Date('2025-09-30T10:00:00Z') : null,
        }),
      );
      // The past conference was fully reviewed by both staff accounts; the running one by nobody yet.
      if (demo.event === '2025') {
        for (const [i, reviewer] of staff.entries()) {
          const scores = demo.scores.map((s) => Math.max(1, Math.min(5, s - i)));
          await reviews.save(
            reviews.create({
              applicationId: application.id,
              reviewerId: reviewer.id,
              reviewerName: reviewer.name,
              scores,
              comment: i === 0 ? 'Demo-Bewertung: überzeugendes Angebot.' : null,
              conflictOfInterest: false,
              snapshot: demo.fields,
            }),
          );
        }
      }
    }
  }

  /** The 2025 room and stands, drawn before the copy for 2027 is made, so 2027 has them too. */
  private async seedFloorPlan(eventId: string): Promise<void> {
    await this.floorPlans.save(eventId, {
      ...DEMO_ROOM,
      features: DEMO_FEATURES,
      stands: DEMO_STANDS,
      version: 0,
    });
  }

  /** 2027 is made the way an admin would: a copy of 2025 with new dates, then opened for applications. */
  private async copyFor2027(sourceId: string, admin: User) {
    const { title, date, applicationOpensAt, applicationClosesAt, description, status } = EVENT_2027;
    const copy = await this.copies.copy(sourceId, { title, date, applicationOpensAt, applicationClosesAt }, admin.id);
    return this.events.update(copy.id, { description, status });
  }

  /** Every accepted 2025 project placed by the solver, as staff would have done it. */
  private async assignStands(eventId: string): Promise<void> {
    const suggestion = await this.assignments.suggest(eventId);
    await this.assignments.apply(eventId, suggestion.placements);
  }
}
