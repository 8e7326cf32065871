import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The staff list filters, sorts, counts and pages in the database: each review keeps the mean of its
 * scores (`total`), so an application's average is one AVG in SQL, and the list's usual filters and
 * sort orders of one event are served by indexes.
 */
export class StaffListIndexes1764230000000 implements MigrationInterface {
  name = 'StaffListIndexes1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('reviews', new TableColumn({ name: 'total', type: 'real', isNullable: true }));
    const reviews: { id: string; scores: string | null; conflictOfInterest: boolean | number }[] =
      await queryRunner.manager
        .createQueryBuilder()
        .select(['id', 'scores', '"conflictOfInterest"'])
        .from('reviews', 'r')
        .getRawMany();
    for (const review of reviews) {
      const scores = review.scores ? (JSON.parse(review.scores) as number[]) : [];
      const total =
        review.conflictOfInterest || scores.length === 0
          ? null
          : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
      await queryRunner.manager
        .createQueryBuilder()
        .update('reviews')
        .set({ total })
        .where('id = :id', { id: review.id })
        .execute();
    }
    await queryRunner.createIndices('applications', [
      new TableIndex({ name: 'IDX_applications_event_status', columnNames: ['eventId', 'status'] }),
      new TableIndex({ name: 'IDX_applications_event_submitted', columnNames: ['eventId', 'submittedAt'] }),
    ]);
    await queryRunner.createIndex(
      'reviews',
      new TableIndex({
        name: 'IDX_reviews_application_total',
        columnNames: ['applicationId', 'conflictOfInterest', 'total'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('reviews', 'IDX_reviews_application_total');
    await queryRunner.dropIndex('applications', 'IDX_applications_event_submitted');
    await queryRunner.dropIndex('applications', 'IDX_applications_event_status');
    await queryRunner.dropColumn('reviews', 'total');
  }
}
