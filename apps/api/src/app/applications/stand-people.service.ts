import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationDto, ERROR_CODES, HOLDS_PLACE } from '@markt/shared';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Event } from '../events/event.entity';
import { User } from '../users/user.entity';
import { visibleStand } from './applicant-stand';
import { Application } from './application.entity';
import { toApplicationDto } from './applications.mapper';
import { StandPeopleDto } from './dto/stand-people.dto';

function closed(code: string, message: string): ConflictException {
  return new ConflictException({ code, message });
}

/**
 * After acceptance the application itself is closed, but who staffs the stand changes often: the
 * applicant may update the names and accessibility needs of those people until the event's
 * `standDetailsDeadline` (none set: not at all). Staff see each change in the application's history.
 */
@Injectable()
export class StandPeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async update(id: string, user: User, input: StandPeopleDto, now = new Date()): Promise<Application> {
    const repo = this.dataSource.getRepository(Application);
    const application = await repo.findOneBy({ id, applicantId: user.id });
    if (!application) throw new NotFoundException({ code: ERROR_CODES.notFound, message: 'Application not found' });
    if (!HOLDS_PLACE.includes(application.status)) {
      throw closed('not_accepted', 'Only an accepted application can update the people at its stand');
    }
    const event = await this.dataSource.getRepository(Event).findOneByOrFail({ id: application.eventId });
    if (!event.standDetailsDeadline || now >= event.standDetailsDeadline) {
      throw closed('stand_details_closed', 'The people at the stand can no longer be changed');
    }
    return this.dataSource.transaction(async (manager) => {
      // Conditional: a withdrawal at the same moment wins, this change then answers 409.
      const result = await manager
        .getRepository(Application)
        .update(
          { id, applicantId: user.id, status: In([...HOLDS_PLACE]) },
          { staffNames: input.staffNames, staffAccessibilityNeeds: input.staffAccessibilityNeeds ?? null },
        );
      if (result.affected !== 1) {
        throw closed('concurrent_change', 'The application was changed at the same time; reload it and try again');
      }
      await this.audit.record(
        { entityType: 'application', entityId: id, actorId: user.id, action: 'stand_people_changed' },
        manager,
      );
      return manager.getRepository(Application).findOneByOrFail({ id });
    });
  }

  /** An application as GET /api/applications/:id answers it: with the stand its applicant may see. */
  async withStand(application: Application): Promise<ApplicationDto> {
    return { ...toApplicationDto(application), stand: await visibleStand(this.dataSource.manager, application) };
  }
}
