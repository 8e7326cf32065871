import { MigrationInterface, QueryRunner, TableCheck, TableColumn, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Rules that parallel requests could break, held by the database itself so they stand whatever the
 * application does, on SQLite and PostgreSQL alike:
 * - one live application (not withdrawn) per applicant and event: a partial unique index;
 * - a stand never holds more exhibitors than its capacity: every assignment carries its stand's
 *   capacity through a composite foreign key (kept current by ON UPDATE CASCADE) and its slot must lie
 *   below it, so shrinking a stand under its exhibitors fails as well as over-filling it.
 */
export class ConcurrencyRules1764200000000 implements MigrationInterface {
  name = 'ConcurrencyRules1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'applications',
      new TableIndex({
        name: 'UQ_applications_live_per_applicant',
        columnNames: ['eventId', 'applicantId'],
        isUnique: true,
        where: `"status" <> 'withdrawn'`,
      }),
    );

    await queryRunner.createIndex(
      'stands',
      new TableIndex({ name: 'UQ_stands_id_capacity', columnNames: ['id', 'capacity'], isUnique: true }),
    );
    await queryRunner.createCheckConstraint(
      'stands',
      new TableCheck({ name: 'CHK_stands_capacity', expression: `"capacity" >= 1` }),
    );

    await queryRunner.addColumn(
      'assignments',
      new TableColumn({ name: 'standCapacity', type: 'integer', isNullable: true }),
    );
    await queryRunner.query(
      `UPDATE "assignments" SET "standCapacity" = (SELECT "capacity" FROM "stands" WHERE "stands"."id" = "assignments"."standId")`,
    );
    await queryRunner.changeColumn(
      'assignments',
      'standCapacity',
      new TableColumn({ name: 'standCapacity', type: 'integer', isNullable: false }),
    );
    const table = await queryRunner.getTable('assignments');
    const standOnly = table?.foreignKeys.find((fk) => fk.referencedTableName.endsWith('stands'));
    if (standOnly) await queryRunner.dropForeignKey('assignments', standOnly);
    await queryRunner.createForeignKey(
      'assignments',
      new TableForeignKey({
        columnNames: ['standId', 'standCapacity'],
        referencedTableName: 'stands',
        referencedColumnNames: ['id', 'capacity'],
        onDelete: 'RESTRICT',
        onUpdate: 'CASCADE',
      }),
    );
    await queryRunner.createCheckConstraint(
      'assignments',
      new TableCheck({ name: 'CHK_assignments_slot', expression: `"slot" >= 0 AND "slot" < "standCapacity"` }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropCheckConstraint('assignments', 'CHK_assignments_slot');
    const table = await queryRunner.getTable('assignments');
    const composite = table?.foreignKeys.find((fk) => fk.columnNames.includes('standCapacity'));
    if (composite) await queryRunner.dropForeignKey('assignments', composite);
    await queryRunner.dropColumn('assignments', 'standCapacity');
    await queryRunner.createForeignKey(
      'assignments',
      new TableForeignKey({
        columnNames: ['standId'],
        referencedTableName: 'stands',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
      }),
    );
    await queryRunner.dropCheckConstraint('stands', 'CHK_stands_capacity');
    await queryRunner.dropIndex('stands', 'UQ_stands_id_capacity');
    await queryRunner.dropIndex('applications', 'UQ_applications_live_per_applicant');
  }
}
