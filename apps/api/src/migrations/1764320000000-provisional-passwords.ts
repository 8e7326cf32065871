import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { booleanDefault } from '../app/database/column-types';

/**
 * Staff accounts an admin creates start with a provisional password the admin knows; the owner is asked to
 * replace it at the first login. Existing accounts are not asked.
 */
export class ProvisionalPasswords1764320000000 implements MigrationInterface {
  name = 'ProvisionalPasswords1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'users',
      new TableColumn({
        name: 'mustChangePassword',
        type: 'boolean',
        default: booleanDefault(queryRunner, false),
        isNullable: false,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'mustChangePassword');
  }
}
