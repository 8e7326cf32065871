import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@markt/shared';
import { DataSource, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { toApplicationDto } from '../applications/applications.mapper';
import { LogoStorage } from '../applications/logo-storage';
import { AuditService } from '../audit/audit.service';
import { assertPassword } from '../auth/password';
import { User } from '../users/user.entity';
import { toUserDto } from '../users/users.mapper';

/** Statuses whose applications disappear with the account; all others were seen by staff and are anonymised. */
const DELETED_WITH_ACCOUNT = [ApplicationStatus.Draft, ApplicationStatus.Withdrawn];

/** What anonymising clears: the people, not the organisation's public project data. */
const PERSONAL_FIELDS: Partial<Application> = {
  applicantId: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  staffNames: null,
  staffAccessibilityNeeds: null,
};

/** The applicant's data rights (DSGVO Art. 15, 17, 20): export everything, delete the account. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly logos: LogoStorage,
  ) {}

  async export(user: User) {
    const applications = await this.dataSource.getRepository(Application).find({ where: { applicantId: user.id } });
    return {
      exportedAt: new Date().toISOString(),
      account: toUserDto(user),
      applications: applications.map(toApplicationDto),
      history: await this.audit.byActor(user.id),
    };
  }

  async delete(user: User, password: string): Promise<void> {
    await assertPassword(user, password);
    const removed = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Application);
      const own = await repo.find({ where: { applicantId: user.id } });
      const toDelete = own.filter((a) => DELETED_WITH_ACCOUNT.includes(a.status));
      const toAnonymise = own.filter((a) => !DELETED_WITH_ACCOUNT.includes(a.status));
      if (toDelete.length > 0) await repo.delete({ id: In(toDelete.map((a) => a.id)) });
      if (toAnonymise.length > 0) await repo.update({ id: In(toAnonymise.map((a) => a.id)) }, PERSONAL_FIELDS);
      await this.audit.forgetActor(user.id, manager);
      await manager.getRepository(User).delete({ id: user.id });
      return toDelete;
    });
    // Files go only once the database change is committed.
    await Promise.all(removed.map((a) => this.logos.remove(a.id)));
  }
}
