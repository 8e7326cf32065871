import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { auditColumns } from '../app/database/column-types';

/** Floor plans, stands and assignments; the unique indexes are what keeps assignments consistent under concurrency. */
export class FloorPlans1764180000000 implements MigrationInterface {
  name = 'FloorPlans1764180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [created, updated] = auditColumns(queryRunner, 'createdAt', 'updatedAt');
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const eventFk = {
      columnNames: ['eventId'],
      referencedTableName: 'events',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    };

    await queryRunner.createTable(
      new Table({
        name: 'floor_plans',
        columns: [
          id,
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'width', type: 'real' },
          { name: 'depth', type: 'real' },
          { name: 'outline', type: 'text', isNullable: true },
          { name: 'background', type: 'text', isNullable: true },
          { name: 'features', type: 'text' },
          { name: 'version', type: 'integer' },
          created,
          updated,
        ],
        indices: [
          {
            name: 'UQ_floor_plans_eventId',
            columnNames: ['eventId'],
            isUnique: true,
          },
        ],
        foreignKeys: [eventFk],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'stands',
        columns: [
          id,
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'number', type: 'varchar', length: '10' },
          { name: 'x', type: 'real' },
          { name: 'y', type: 'real' },
          { name: 'width', type: 'real' },
          { name: 'depth', type: 'real' },
          { name: 'rotation', type: 'integer' },
          { name: 'hasPower', type: 'boolean' },
          { name: 'stepFree', type: 'boolean' },
          { name: 'capacity', type: 'integer' },
          { name: 'notes', type: 'text', isNullable: true },
          created,
          updated,
        ],
        indices: [{ name: 'IDX_stands_eventId', columnNames: ['eventId'] }],
        foreignKeys: [eventFk],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'assignments',
        columns: [
          id,
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'standId', type: 'varchar', length: '36' },
          { name: 'applicationId', type: 'varchar', length: '36' },
          { name: 'slot', type: 'integer' },
          created,
          updated,
        ],
        indices: [
          { name: 'IDX_assignments_eventId', columnNames: ['eventId'] },
          {
            name: 'UQ_assignments_applicationId',
            columnNames: ['applicationId'],
            isUnique: true,
          },
          {
            name: 'UQ_assignments_stand_slot',
            columnNames: ['standId', 'slot'],
            isUnique: true,
          },
        ],
        foreignKeys: [
          {
            columnNames: ['standId'],
            referencedTableName: 'stands',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
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
    for (const table of ['assignments', 'stands', 'floor_plans']) await queryRunner.dropTable(table);
  }
}
