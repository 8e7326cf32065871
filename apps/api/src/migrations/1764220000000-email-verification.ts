import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { auditColumns, timestampType } from '../app/database/column-types';

/**
 * Verified addresses only: accounts verify their email with a one-time link (accounts that exist
 * already count as verified), a different contact address of an application is verified the same way,
 * and a link with a secret travels beside an outbox message, never inside what staff can read.
 */
export class EmailVerification1764220000000 implements MigrationInterface {
  name = 'EmailVerification1764220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.addColumn('users', new TableColumn({ name: 'emailVerifiedAt', type: ts, isNullable: true }));
    await queryRunner.query(`UPDATE "users" SET "emailVerifiedAt" = "createdAt"`);
    await queryRunner.addColumn(
      'applications',
      new TableColumn({ name: 'verifiedContactEmail', type: 'varchar', length: '254', isNullable: true }),
    );
    await queryRunner.addColumn('outbox_messages', new TableColumn({ name: 'secret', type: 'text', isNullable: true }));

    const [created] = auditColumns(queryRunner, 'createdAt');
    await queryRunner.createTable(
      new Table({
        name: 'email_verifications',
        columns: [
          { name: 'tokenHash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'applicationId', type: 'varchar', length: '36', isNullable: true },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'expiresAt', type: ts },
          { name: 'usedAt', type: ts, isNullable: true },
          created,
        ],
        indices: [{ name: 'IDX_email_verifications_userId', columnNames: ['userId'] }],
        foreignKeys: [
          { columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          {
            columnNames: ['applicationId'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('email_verifications');
    await queryRunner.dropColumn('outbox_messages', 'secret');
    await queryRunner.dropColumn('applications', 'verifiedContactEmail');
    await queryRunner.dropColumn('users', 'emailVerifiedAt');
  }
}
