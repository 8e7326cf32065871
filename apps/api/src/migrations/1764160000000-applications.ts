import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey } from 'typeorm';
import { auditColumns, timestampType } from '../app/database/column-types';

/** Applications for a stand, with their audit log. */
export class Applications1764160000000 implements MigrationInterface {
  name = 'Applications1764160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(queryRunner);
    const [created, updated] = auditColumns(queryRunner, 'createdAt', 'updatedAt');
    const optional = (name: string, type: string, length?: number): TableColumnOptions => ({
      name,
      type,
      isNullable: true,
      ...(length && { length: String(length) }),
    });

    await queryRunner.createTable(
      new Table({
        name: 'applications',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'eventId', type: 'varchar', length: '36' },
          optional('applicantId', 'varchar', 36),
          { name: 'status', type: 'varchar', length: '30' },
          optional('organisationName', 'varchar', 200),
          optional('organisationType', 'varchar', 40),
          optional('organisationAddress', 'varchar', 200),
          optional('organisationWebsite', 'varchar', 300),
          optional('organisationDescription', 'text'),
          optional('contactName', 'varchar', 200),
          optional('contactEmail', 'varchar', 254),
          optional('contactPhone', 'varchar', 40),
          optional('projectTitle', 'varchar', 200),
          optional('shortText', 'varchar', 400),
          optional('projectDescription', 'text'),
          optional('topics', 'text'),
          optional('targetGroups', 'text'),
          optional('languages', 'varchar', 300),
          optional('standActivity', 'text'),
          optional('hasHandsOnOffer', 'boolean'),
          optional('peopleAttending', 'integer'),
          optional('tables', 'integer'),
          optional('chairs', 'integer'),
          optional('needsPinBoard', 'boolean'),
          optional('needsPower', 'boolean'),
          optional('standWidth', 'real'),
          optional('needsStepFreeAccess', 'boolean'),
          optional('otherWishes', 'text'),
          optional('staffNames', 'text'),
          optional('staffAccessibilityNeeds', 'text'),
          optional('shareStandWith', 'varchar', 200),
          optional('termsAccepted', 'boolean'),
          optional('workshopInterest', 'boolean'),
          optional('privacyConsent', 'boolean'),
          optional('publicationConsent', 'boolean'),
          optional('photoConsent', 'boolean'),
          optional('privacyConsentAt', ts),
          optional('publicationConsentAt', ts),
          optional('photoConsentAt', ts),
          optional('logoFile', 'varchar', 100),
          optional('logoType', 'varchar', 20),
          optional('submittedAt', ts),
          optional('changedAfterSubmissionAt', ts),
          created,
          updated,
        ],
        indices: [
          { name: 'IDX_applications_eventId', columnNames: ['eventId'] },
          {
            name: 'IDX_applications_applicantId',
            columnNames: ['applicantId'],
          },
        ],
      }),
    );
    await queryRunner.createForeignKeys('applications', [
      new TableForeignKey({
        columnNames: ['eventId'],
        referencedTableName: 'events',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
      }),
      new TableForeignKey({
        columnNames: ['applicantId'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'entityType', type: 'varchar', length: '40' },
          { name: 'entityId', type: 'varchar', length: '36' },
          optional('actorId', 'varchar', 36),
          { name: 'action', type: 'varchar', length: '40' },
          optional('fromStatus', 'varchar', 40),
          optional('toStatus', 'varchar', 40),
          created,
        ],
        indices: [
          {
            name: 'IDX_audit_log_entity',
            columnNames: ['entityType', 'entityId'],
          },
          { name: 'IDX_audit_log_actor', columnNames: ['actorId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
    await queryRunner.dropTable('applications');
  }
}
