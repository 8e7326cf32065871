import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { booleanDefault } from '../app/database/column-types';

/** Whether an event's public exhibitor page is online. */
export class MarketPublication1764190000000 implements MigrationInterface {
  name = 'MarketPublication1764190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'events',
      new TableColumn({
        name: 'marketPublished',
        type: 'boolean',
        default: booleanDefault(queryRunner, false),
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('events', 'marketPublished');
  }
}
