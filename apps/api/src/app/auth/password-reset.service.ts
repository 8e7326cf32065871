import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { SECRET_LINK, TemplateKind } from '@markt/shared';
import { DataSource, MoreThan } from 'typeorm';
import { appConfig } from '../config/app.config';
import { OutboxService } from '../notifications/outbox.service';
import { TemplatesService } from '../notifications/templates.service';
import { User } from '../users/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword } from './password';
import { claimToken } from './one-time-token.entity';
import { PasswordResetToken } from './password-reset-token.entity';
import { Session } from './session.entity';
import { TokenService } from './token.service';

const VALID_FOR_MS = 3600_000;
/** One mail per account per minute at most, so the form cannot be used to flood an inbox. */
const RESEND_AFTER_MS = 60_000;

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly templates: TemplatesService,
    private readonly throttle: LoginThrottleService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  /** Mails a link when the account exists and is active; the caller learns nothing either way. */
  async request(email: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email, active: true });
    if (!user) return;
    const repo = this.dataSource.getRepository(PasswordResetToken);
    const recent = await repo.findOneBy({
      userId: user.id,
      createdAt: MoreThan(new Date(Date.now() - RESEND_AFTER_MS)),
    });
    if (recent) return;
    const token = this.tokens.random();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PasswordResetToken).insert({
        tokenHash: this.tokens.hash(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + VALID_FOR_MS),
        usedAt: null,
      });
      const { subject, body } = await this.templates.render(
        null,
        TemplateKind.PasswordReset,
        user.language,
        {
          link: SECRET_LINK,
        },
        manager,
      );
      const secret = `${this.config.publicUrl}/passwort-zuruecksetzen?token=${encodeURIComponent(token)}`;
      await this.outbox.enqueue({ to: user.email, subject, body, secret }, manager);
    });
  }

  /** Sets the new password once per link; all sessions of the account end. */
  async reset(token: string, password: string): Promise<void> {
    await this.dataSource
      .transaction(async (manager) => {
        const record = await claimToken(manager.getRepository(PasswordResetToken), this.tokens.hash(token));
        const user = await manager.getRepository(User).findOneByOrFail({ id: record.userId });
        // The link reached the account's address, so that address is proven too.
        await manager.getRepository(User).update(user.id, {
          passwordHash: await hashPassword(password),
          // The owner chose this one: a provisional password is replaced.
          mustChangePassword: false,
          emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
        });
        await manager.getRepository(Session).delete({ userId: user.id });
        return user.email;
      })
      .then((email) => this.throttle.clearAccount(email));
  }
}
