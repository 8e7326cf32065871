import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@markt/shared';
import { DataSource, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { toApplicationDto } from '../applications/applications.mapper';
import { LogoStorage } from '../applications/logo-storage';
import { AuditService } from '../audit/audit.service';
import { EmailVerificationService } from '../auth/email-verification.service';
import { assertPassword, hashPassword } from '../auth/password';
import { Session } from '../auth/session.entity';
import { validationFailed } from '../common/validation';
import { RetentionService } from '../retention/retention.service';
import { UsersService } from '../users/users.service';
import { ChangeCredentialsDto } from './dto/change-credentials.dto';
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
    private readonly users: UsersService,
    private readonly verification: EmailVerificationService,
    private readonly retention: RetentionService,
  ) {}

  async export(user: User) {
    const applications = await this.dataSource.getRepository(Application).find({ where: { applicantId: user.id } });
    return {
      exportedAt: new Date().toISOString(),
      account: toUserDto(user),
      applications: applications.map(toApplicationDto),
      history: await this.audit.byActor(user.id),
      // When the data goes by itself (DSGVO Art. 13 (2) a): per application, and the account's own rule.
      retention: await this.retention.exportNotice(applications),
    };
  }

  /**
   * A new address is confirmed again by a link before anything is mailed there; a new password ends
   * every other session of the account.
   */
  async changeCredentials(user: User, input: ChangeCredentialsDto, currentSession: string | undefined): Promise<User> {
    await assertPassword(user, input.currentPassword, 'currentPassword');
    const changes: Partial<User> = {};
    if (input.email !== undefined && input.email !== user.email) {
      if (await this.users.findByEmail(input.email)) {
        throw validationFailed([{ field: 'email', code: 'emailTaken', message: 'An account with this email exists' }]);
      }
      Object.assign(changes, { email: input.email, emailVerifiedAt: null });
    }
    if (input.newPassword !== undefined) {
      Object.assign(changes, { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false });
    }
    if (Object.keys(changes).length === 0) return user;
    const saved = await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update(user.id, changes);
      if (changes.passwordHash) {
        await manager
          .getRepository(Session)
          .delete({ userId: user.id, ...(currentSession && { tokenHash: Not(currentSession) }) });
      }
      await this.audit.record(
        {
          entityType: 'user',
          entityId: user.id,
          actorId: user.id,
          action: changes.email ? 'email_changed' : 'password_changed',
        },
        manager,
      );
      const updated = await manager.getRepository(User).findOneByOrFail({ id: user.id });
      if (changes.email) await this.verification.sendForAccount(updated, manager);
      return updated;
    });
    return saved;
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
