import { Entity, Index } from 'typeorm';
import { OneTimeToken } from './one-time-token.entity';

/** A one-time link to set a new password. */
@Entity('password_reset_tokens')
@Index('IDX_password_reset_tokens_userId', ['userId'])
export class PasswordResetToken extends OneTimeToken {}
