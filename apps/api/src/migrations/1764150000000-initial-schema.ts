import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey } from 'typeorm';
import { auditColumns, booleanDefault, timestampType } from '../app/database/column-types';

/** Accounts, sessions, login throttling, events and accessibility feedback. */
export class InitialSchema1764150000000 implements MigrationInterface {
  name = 'InitialSchema1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const id: TableColumnOptions = {
      name: 'id',
      type: 'varchar',
      length: '36',
      isPrimary: true,
    };
    const [created, updated] = auditColumns(queryRunner, 'createdAt', 'updatedAt');

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'passwordHash', type: 'varchar', length: '255' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'role', type: 'varchar', length: '20' },
          {
            name: 'active',
            type: 'boolean',
            default: booleanDefault(queryRunner, true),
          },
          created,
          updated,
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'tokenHash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'expiresAt', type: ts },
          created,
        ],
        indices: [{ name: 'IDX_sessions_userId', columnNames: ['userId'] }],
      }),
    );
    await queryRunner.createForeignKey(
      'sessions',
      new TableForeignKey({
        columnNames: ['userId'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'login_attempts',
        columns: [
          { name: 'key', type: 'varchar', length: '300', isPrimary: true },
          { name: 'failures', type: 'integer' },
          { name: 'windowStartedAt', type: ts },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          id,
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'text' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'startTime', type: 'varchar', length: '5' },
          { name: 'endTime', type: 'varchar', length: '5' },
          { name: 'venueName', type: 'varchar', length: '200' },
          { name: 'venueAddress', type: 'varchar', length: '300' },
          { name: 'applicationOpensAt', type: ts },
          { name: 'applicationClosesAt', type: ts },
          { name: 'standsPlanned', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'topics', type: 'text' },
          { name: 'reviewCriteria', type: 'text' },
          created,
          updated,
        ],
        indices: [{ name: 'IDX_events_date', columnNames: ['date'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'accessibility_feedback',
        columns: [
          id,
          { name: 'message', type: 'text' },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'page', type: 'varchar', length: '300', isNullable: true },
          created,
          updated,
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['accessibility_feedback', 'events', 'login_attempts', 'sessions', 'users']) {
      await queryRunner.dropTable(table);
    }
  }
}
