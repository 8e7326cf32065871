import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '../app/database/column-types';

/**
 * Per event: until when accepted applicants may update the people at their stand, and when retention
 * removed the event's personal data (its claim, so two API instances never both run it). Per account:
 * the last login, from which an account without applications is deleted after the retention period.
 */
export class EventReuseAndRetention1764310000000 implements MigrationInterface {
  name = 'EventReuseAndRetention1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    await queryRunner.addColumn(
      'events',
      new TableColumn({ name: 'standDetailsDeadline', type: ts, isNullable: true }),
    );
    await queryRunner.addColumn(
      'events',
      new TableColumn({ name: 'personalDataRemovedAt', type: ts, isNullable: true }),
    );
    await queryRunner.addColumn('users', new TableColumn({ name: 'lastLoginAt', type: ts, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'lastLoginAt');
    await queryRunner.dropColumn('events', 'personalDataRemovedAt');
    await queryRunner.dropColumn('events', 'standDetailsDeadline');
  }
}
