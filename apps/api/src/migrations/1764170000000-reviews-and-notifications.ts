import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';
import { auditColumns, booleanDefault, timestampType } from '../app/database/column-types';

/** Reviews, internal notes, decisions, the email outbox, templates and password reset links. */
export class ReviewsAndNotifications1764170000000 implements MigrationInterface {
  name = 'ReviewsAndNotifications1764170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const [created, updated] = auditColumns(queryRunner, 'createdAt', 'updatedAt');
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };

    await queryRunner.addColumn(
      'users',
      new TableColumn({
        name: 'language',
        type: 'varchar',
        length: '2',
        default: "'de'",
      }),
    );
    await queryRunner.addColumn('events', new TableColumn({ name: 'minReviews', type: 'integer', default: 2 }));
    await queryRunner.addColumns('applications', [
      new TableColumn({
        name: 'decisionMessage',
        type: 'text',
        isNullable: true,
      }),
      new TableColumn({ name: 'decidedAt', type: ts, isNullable: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'reviews',
        columns: [
          id,
          { name: 'applicationId', type: 'varchar', length: '36' },
          {
            name: 'reviewerId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          { name: 'reviewerName', type: 'varchar', length: '120' },
          { name: 'scores', type: 'text', isNullable: true },
          { name: 'comment', type: 'text', isNullable: true },
          {
            name: 'conflictOfInterest',
            type: 'boolean',
            default: booleanDefault(queryRunner, false),
          },
          { name: 'snapshot', type: 'text' },
          created,
          updated,
        ],
        indices: [
          {
            name: 'UQ_reviews_application_reviewer',
            columnNames: ['applicationId', 'reviewerId'],
            isUnique: true,
          },
        ],
        foreignKeys: [
          {
            columnNames: ['applicationId'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['reviewerId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'application_notes',
        columns: [
          id,
          { name: 'applicationId', type: 'varchar', length: '36' },
          { name: 'authorId', type: 'varchar', length: '36', isNullable: true },
          { name: 'authorName', type: 'varchar', length: '120' },
          { name: 'text', type: 'text' },
          created,
        ],
        indices: [
          {
            name: 'IDX_application_notes_applicationId',
            columnNames: ['applicationId'],
          },
        ],
        foreignKeys: [
          {
            columnNames: ['applicationId'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['authorId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          id,
          { name: 'to', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'lastError', type: 'text', isNullable: true },
          { name: 'nextAttemptAt', type: ts, isNullable: true },
          { name: 'lockedUntil', type: ts, isNullable: true },
          { name: 'sentAt', type: ts, isNullable: true },
          {
            name: 'applicationId',
            type: 'varchar',
            length: '36',
            isNullable: true,
          },
          created,
          updated,
        ],
        indices: [{ name: 'IDX_outbox_due', columnNames: ['status', 'nextAttemptAt'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'email_templates',
        columns: [
          id,
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'language', type: 'varchar', length: '2' },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          created,
          updated,
        ],
        indices: [
          {
            name: 'UQ_email_templates_event_kind_language',
            columnNames: ['eventId', 'kind', 'language'],
            isUnique: true,
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'password_reset_tokens',
        columns: [
          { name: 'tokenHash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'expiresAt', type: ts },
          { name: 'usedAt', type: ts, isNullable: true },
          created,
        ],
        indices: [{ name: 'IDX_password_reset_tokens_userId', columnNames: ['userId'] }],
      }),
    );
    await queryRunner.createForeignKey(
      'password_reset_tokens',
      new TableForeignKey({
        columnNames: ['userId'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'password_reset_tokens',
      'email_templates',
      'outbox_messages',
      'application_notes',
      'reviews',
    ]) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropColumns('applications', ['decisionMessage', 'decidedAt']);
    await queryRunner.dropColumn('events', 'minReviews');
    await queryRunner.dropColumn('users', 'language');
  }
}
