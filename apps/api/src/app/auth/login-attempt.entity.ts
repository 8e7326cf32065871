import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per account or per client address within a window, kept in the database so every API instance sees them. */
@Entity('login_attempts')
export class LoginAttempt {
  /** `account:<email>` or `ip:<address>`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column()
  windowStartedAt!: Date;
}
