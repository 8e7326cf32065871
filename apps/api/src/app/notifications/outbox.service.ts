import {
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { ERROR_CODES, OutboxMessageDto, OutboxStatus, SECRET_LINK } from '@markt/shared';
import { createTransport, Transporter } from 'nodemailer';
import { Brackets, EntityManager, IsNull, LessThanOrEqual, Or, Repository } from 'typeorm';
import { appConfig } from '../config/app.config';
import { OutboxMessage } from './outbox-message.entity';

export interface NewMessage {
  to: string;
  subject: string;
  /** Holds SECRET_LINK where `secret` goes in at delivery. */
  body: string;
  /** A link that must reach only the recipient: stored beside the body, never shown. */
  secret?: string | null;
  applicationId?: string | null;
}

/** How long a worker may hold a message before another instance may try it. */
const CLAIM_MS = 2 * 60_000;

/** 1 min, 2, 4, … capped at 6 h: a mail server that is down for a day still gets every message later. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** What staff see of a message: the body with SECRET_LINK in place of any secret, never the secret. */
export function toOutboxMessageDto(m: OutboxMessage): OutboxMessageDto {
  return {
    id: m.id,
    to: m.to,
    subject: m.subject,
    body: m.body,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    nextAttemptAt: m.nextAttemptAt?.toISOString() ?? null,
    sentAt: m.sentAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}

/**
 * Messages are first written to the outbox (in the same transaction as the change that causes them),
 * then delivered by SMTP when it is configured, with retries and back-off. Nothing is ever dropped.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectRepository(OutboxMessage)
    private readonly messages: Repository<OutboxMessage>,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  onApplicationBootstrap(): void {
    if (!this.transport || this.config.mail.intervalSeconds === 0) return;
    this.timer = setInterval(() => void this.deliverDue(), this.config.mail.intervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  async enqueue(message: NewMessage, manager: EntityManager = this.messages.manager): Promise<OutboxMessage> {
    const repo = manager.getRepository(OutboxMessage);
    const saved = await repo.save(
      repo.create({
        ...message,
        status: OutboxStatus.Pending,
        attempts: 0,
        nextAttemptAt: new Date(),
      }),
    );
    if (!this.transport) {
      this.logger.log({
        msg: 'email queued, no SMTP configured',
        id: saved.id,
        to: saved.to,
        subject: saved.subject,
      });
    }
    return saved;
  }

  async list(): Promise<OutboxMessageDto[]> {
    return (await this.messages.find({ order: { createdAt: 'DESC' }, take: 500 })).map(toOutboxMessageDto);
  }

  /** Staff may correct a message before it goes out. */
  async edit(id: string, changes: { subject?: string; body?: string }): Promise<OutboxMessageDto> {
    const message = await this.get(id);
    if (message.status === OutboxStatus.Sent) {
      throw new NotFoundException({
        code: 'already_sent',
        message: 'This message was sent already',
      });
    }
    Object.assign(message, changes);
    return toOutboxMessageDto(await this.messages.save(message));
  }

  /**
   * Puts a message that gave up back into the queue, due now. A conditional update: a message a worker
   * is delivering this moment is left alone, so a retry never makes it go out twice.
   */
  async retry(id: string): Promise<OutboxMessageDto> {
    await this.get(id);
    const now = new Date();
    await this.messages
      .createQueryBuilder()
      .update()
      .set({ status: OutboxStatus.Pending, nextAttemptAt: now, lockedUntil: null })
      .where('id = :id', { id })
      .andWhere(
        new Brackets((due) =>
          due
            .where('status = :failed', { failed: OutboxStatus.Failed })
            .orWhere('(status = :pending AND ("lockedUntil" IS NULL OR "lockedUntil" <= :now))', {
              pending: OutboxStatus.Pending,
              now,
            }),
        ),
      )
      .execute();
    return toOutboxMessageDto(await this.get(id));
  }

  /** Sends every due message once; returns how many went out. Safe to call from several instances at once. */
  deliverDue(now = new Date()): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    this.running ??= this.deliver(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async deliver(now: Date): Promise<number> {
    const due = await this.messages.find({
      where: {
        status: OutboxStatus.Pending,
        nextAttemptAt: LessThanOrEqual(now),
        lockedUntil: Or(IsNull(), LessThanOrEqual(now)),
      },
      order: { createdAt: 'ASC' },
      take: 50,
    });
    let sent = 0;
    for (const message of due) {
      // Each write is a statement of its own: nothing in the database waits for the SMTP conversation.
      if (!(await this.claim(message, now))) continue;
      try {
        await this.transport?.sendMail({
          from: this.config.mail.from,
          to: message.to,
          subject: message.subject,
          text: message.body.split(SECRET_LINK).join(message.secret ?? ''),
        });
        await this.messages.update(message.id, {
          status: OutboxStatus.Sent,
          sentAt: new Date(),
          attempts: message.attempts + 1,
          lastError: null,
          lockedUntil: null,
        });
        sent++;
      } catch (error) {
        const attempts = message.attempts + 1;
        const gaveUp = attempts >= this.config.mail.maxAttempts;
        await this.messages.update(message.id, {
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
          status: gaveUp ? OutboxStatus.Failed : OutboxStatus.Pending,
          nextAttemptAt: gaveUp ? null : new Date(now.getTime() + backoffMs(attempts)),
          lockedUntil: null,
        });
        this.logger.warn({
          msg: 'email delivery failed',
          id: message.id,
          attempts,
          gaveUp,
        });
      }
    }
    return sent;
  }

  /** Only one instance wins the conditional update. */
  private async claim(message: OutboxMessage, now: Date): Promise<boolean> {
    const result = await this.messages
      .createQueryBuilder()
      .update()
      .set({ lockedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where('id = :id AND status = :status', {
        id: message.id,
        status: OutboxStatus.Pending,
      })
      .andWhere('("lockedUntil" IS NULL OR "lockedUntil" <= :now)', { now })
      .execute();
    return result.affected === 1;
  }

  private async get(id: string): Promise<OutboxMessage> {
    const message = await this.messages.findOneBy({ id });
    if (!message)
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Message not found',
      });
    return message;
  }
}
