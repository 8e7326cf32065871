import { randomUUID } from 'node:crypto';
import { BeforeInsert, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** UUIDs are made in the app so ids look the same on SQLite and PostgreSQL and cannot be guessed. */
export abstract class IdEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @BeforeInsert()
  assignId(): void {
    this.id ??= randomUUID();
  }
}

export abstract class BaseEntity extends IdEntity {
  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
