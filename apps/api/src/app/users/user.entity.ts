import { Language, Role } from '@markt/shared';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity';

@Entity('users')
export class User extends BaseEntity {
  /** Stored lower-case so one address is one account. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** When the owner proved the address is theirs (one-time link); null until then. */
  @Column({ type: Date, nullable: true })
  emailVerifiedAt!: Date | null;

  /** Language of the emails the account receives. */
  @Column({ type: 'varchar', length: 2, default: 'de' })
  language!: Language;

  /** Set for an account an admin created with a provisional password; cleared when the owner sets their own. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** The start of the latest session; retention deletes an account without applications long unused. */
  @Column({ type: Date, nullable: true })
  lastLoginAt!: Date | null;
}
