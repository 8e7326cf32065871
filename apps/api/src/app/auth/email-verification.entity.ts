import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from '../applications/application.entity';
import { OneTimeToken } from './one-time-token.entity';

/**
 * A one-time link that proves an address belongs to its owner: the account's own email, or (with an
 * application) a different contact address.
 */
@Entity('email_verifications')
@Index('IDX_email_verifications_userId', ['userId'])
export class EmailVerification extends OneTimeToken {
  @Column({ type: 'varchar', length: 36, nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Application;

  @Column({ type: 'varchar', length: 254 })
  email!: string;
}
