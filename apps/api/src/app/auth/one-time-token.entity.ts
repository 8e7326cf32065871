import {
  Column,
  CreateDateColumn,
  FindOptionsWhere,
  IsNull,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Repository,
} from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { validationFailed } from '../common/validation';
import { User } from '../users/user.entity';

/** A link sent by mail that works once and for a while; only the token's keyed hash is stored. */
export abstract class OneTimeToken {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date, nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn()
  createdAt!: Date;
}

export function invalidToken() {
  return validationFailed([{ field: 'token', code: 'invalidToken', message: 'The link is invalid or expired' }]);
}

/**
 * Uses a token once: unknown, used or expired ones are a field error. The conditional update makes a
 * second use fail even when two requests race.
 */
export async function claimToken<T extends OneTimeToken>(repo: Repository<T>, tokenHash: string): Promise<T> {
  const record = await repo.findOneBy({ tokenHash } as FindOptionsWhere<T>);
  if (!record || record.usedAt || record.expiresAt.getTime() <= Date.now()) throw invalidToken();
  const claimed = await repo.update(
    { tokenHash, usedAt: IsNull() } as FindOptionsWhere<T>,
    { usedAt: new Date() } as unknown as QueryDeepPartialEntity<T>,
  );
  if (claimed.affected !== 1) throw invalidToken();
  return record;
}
