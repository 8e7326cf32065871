import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { auditColumns, timestampType } from '../app/database/column-types';

/**
 * Staff can send an application back for changes (the request is kept on the application) and stage
 * decisions as pending until they release them together; at most one pending decision per application,
 * held by a unique index so two parallel stagings cannot both insert one.
 */
export class ChangesAndStagedDecisions1764300000000 implements MigrationInterface {
  name = 'ChangesAndStagedDecisions1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [created, updated] = auditColumns(queryRunner, 'createdAt', 'updatedAt');
    await queryRunner.addColumns('applications', [
      new TableColumn({ name: 'changesRequestedMessage', type: 'text', isNullable: true }),
      new TableColumn({ name: 'changesRequestedFields', type: 'text', isNullable: true }),
      new TableColumn({ name: 'changesRequestedAt', type: timestampType(queryRunner), isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'pending_decisions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'applicationId', type: 'varchar', length: '36' },
          { name: 'decision', type: 'varchar', length: '30' },
          { name: 'message', type: 'text', isNullable: true },
          { name: 'stagedById', type: 'varchar', length: '36', isNullable: true },
          created,
          updated,
        ],
        indices: [
          { name: 'UQ_pending_decisions_application', columnNames: ['applicationId'], isUnique: true },
          { name: 'IDX_pending_decisions_event', columnNames: ['eventId'] },
        ],
        foreignKeys: [
          {
            columnNames: ['applicationId'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['eventId'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['stagedById'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pending_decisions');
    await queryRunner.dropColumn('applications', 'changesRequestedAt');
    await queryRunner.dropColumn('applications', 'changesRequestedFields');
    await queryRunner.dropColumn('applications', 'changesRequestedMessage');
  }
}
