import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { EmailVerifiedDto, ERROR_CODES, SECRET_LINK, TemplateKind } from '@markt/shared';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Application } from '../applications/application.entity';
import { appConfig } from '../config/app.config';
import { OutboxService } from '../notifications/outbox.service';
import { TemplatesService } from '../notifications/templates.service';
import { User } from '../users/user.entity';
import { EmailVerification } from './email-verification.entity';
import { claimToken, invalidToken } from './one-time-token.entity';
import { TokenService } from './token.service';

const VALID_FOR_MS = 3 * 24 * 3600_000;
/** One link per address at a time: asking again sooner sends nothing new. */
const RESEND_AFTER_MS = 2 * 60_000;

/**
 * The city writes only to addresses whose owners confirmed them: the account's own address before its
 * first application is submitted, and a different contact address before it receives anything. The
 * confirmation mail carries no applicant-written text, and its link stays out of the staff's outbox view.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly templates: TemplatesService,
    private readonly outbox: OutboxService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  /** Sends the link for the account's own address, unless it is verified or a link went out just now. */
  async sendForAccount(user: User, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (user.emailVerifiedAt) return;
    await this.send(manager, user, user.email, null);
  }

  /** Sends the link for an application's contact address when it is not the account's and not yet confirmed. */
  async sendForContact(application: Application, user: User, manager: EntityManager): Promise<void> {
    const email = application.contactEmail;
    if (!email || email === user.email || email === application.verifiedContactEmail) return;
    await this.send(manager, user, email, application.id);
  }

  /** Uses a link once: the address it was sent to is confirmed, if it is still the one in use. */
  async verify(token: string): Promise<EmailVerifiedDto> {
    return this.dataSource.transaction(async (manager) => {
      const record = await claimToken(manager.getRepository(EmailVerification), this.tokens.hash(token));
      if (record.applicationId) {
        const result = await manager
          .getRepository(Application)
          .update({ id: record.applicationId, contactEmail: record.email }, { verifiedContactEmail: record.email });
        if (result.affected !== 1) throw invalidToken();
        return { email: record.email, kind: 'contact' };
      }
      const result = await manager
        .getRepository(User)
        .update({ id: record.userId, email: record.email }, { emailVerifiedAt: new Date() });
      if (result.affected !== 1) throw invalidToken();
      return { email: record.email, kind: 'account' };
    });
  }

  /** Submitting needs a confirmed account address, so nothing is mailed to an address nobody confirmed. */
  assertVerified(user: User): void {
    if (!user.emailVerifiedAt) {
      throw new ConflictException({
        code: ERROR_CODES.emailNotVerified,
        message: 'Please confirm your email address first',
      });
    }
  }

  private async send(manager: EntityManager, user: User, email: string, applicationId: string | null): Promise<void> {
    const repo = manager.getRepository(EmailVerification);
    const recent = await repo.findOneBy({
      userId: user.id,
      email,
      usedAt: IsNull(),
      createdAt: MoreThan(new Date(Date.now() - RESEND_AFTER_MS)),
    });
    if (recent) return;
    const token = this.tokens.random();
    await repo.insert({
      tokenHash: this.tokens.hash(token),
      userId: user.id,
      applicationId,
      email,
      expiresAt: new Date(Date.now() + VALID_FOR_MS),
      usedAt: null,
    });
    const { subject, body } = await this.templates.render(
      null,
      TemplateKind.EmailVerification,
      user.language,
      {
        link: SECRET_LINK,
      },
      manager,
    );
    const secret = `${this.config.publicUrl}/email-bestaetigen?token=${encodeURIComponent(token)}`;
    await this.outbox.enqueue({ to: email, subject, body, secret, applicationId }, manager);
  }
}
