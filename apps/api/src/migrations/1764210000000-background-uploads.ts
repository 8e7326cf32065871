import { Logger } from '@nestjs/common';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { loadConfig } from '../app/config/app.config';
import { BACKGROUND_LIMITS, backgroundDir, newBackgroundFile } from '../app/floor-plan/background-storage';
import { contentTypeOf, decodeImage } from '../app/images/image-decoder';
import { writeFileAtomically } from '../app/images/image-files';

interface LegacyBackground {
  dataUrl?: unknown;
  x?: unknown;
  y?: unknown;
  width?: unknown;
  opacity?: unknown;
}

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/;

/**
 * The data folder of the app being migrated: SQLite keeps its file there; otherwise it is the folder the
 * configuration names, read from the same environment the app reads it from.
 */
function dataDirOf(queryRunner: QueryRunner): string {
  const options = queryRunner.connection.options;
  return options.type === 'sqlite' ? dirname(options.database) : loadConfig(process.env).dataDir;
}

/** Runs SQL with `:name` parameters on either database. */
async function run(queryRunner: QueryRunner, sql: string, parameters: Record<string, unknown>): Promise<unknown> {
  const [query, values] = queryRunner.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return queryRunner.query(query, values);
}

/**
 * Background scans leave the plan JSON: each stored data: URL is decoded, re-encoded and written to a file
 * of its own (`floor_plans.backgroundFile`); the JSON keeps only the placement. A scan that does not
 * decode is dropped, with a log line.
 */
export class BackgroundUploads1764210000000 implements MigrationInterface {
  name = 'BackgroundUploads1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'floor_plans',
      new TableColumn({ name: 'backgroundFile', type: 'varchar', length: '100', isNullable: true }),
    );
    const rows: { id: string; eventId: string; background: string }[] = await queryRunner.query(
      `SELECT "id", "eventId", "background" FROM "floor_plans" WHERE "background" IS NOT NULL`,
    );
    if (rows.length === 0) return;
    const logger = new Logger('Migration');
    const dir = backgroundDir(dataDirOf(queryRunner));
    await mkdir(dir, { recursive: true });
    for (const row of rows) {
      let legacy: LegacyBackground | null = null;
      let file: string | null = null;
      try {
        legacy = JSON.parse(row.background) as LegacyBackground | null;
        const match = DATA_URL.exec(typeof legacy?.dataUrl === 'string' ? legacy.dataUrl : '');
        if (!match) throw new Error('not a PNG or JPEG data URL');
        const image = await decodeImage(Buffer.from(match[2], 'base64'), BACKGROUND_LIMITS);
        file = newBackgroundFile(row.eventId, image);
        await writeFileAtomically(join(dir, file), image.data);
      } catch (error) {
        logger.warn(
          `Background of the floor plan of event ${row.eventId} dropped, it does not decode: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const placement = file
        ? JSON.stringify({ x: legacy?.x, y: legacy?.y, width: legacy?.width, opacity: legacy?.opacity })
        : null;
      await run(
        queryRunner,
        `UPDATE "floor_plans" SET "background" = :placement, "backgroundFile" = :file WHERE "id" = :id`,
        { placement, file, id: row.id },
      );
    }
  }

  /** Puts the scans back into the plan JSON as data: URLs; the files stay where they are. */
  async down(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; background: string | null; backgroundFile: string }[] = await queryRunner.query(
      `SELECT "id", "background", "backgroundFile" FROM "floor_plans" WHERE "backgroundFile" IS NOT NULL`,
    );
    const dir = rows.length > 0 ? backgroundDir(dataDirOf(queryRunner)) : '';
    for (const row of rows) {
      const content = await readFile(join(dir, row.backgroundFile)).catch(() => null);
      const placement = row.background ? (JSON.parse(row.background) as object) : null;
      const background =
        content && placement
          ? JSON.stringify({
              dataUrl: `data:${contentTypeOf(row.backgroundFile)};base64,${content.toString('base64')}`,
              ...placement,
            })
          : null;
      await run(queryRunner, `UPDATE "floor_plans" SET "background" = :background WHERE "id" = :id`, {
        background,
        id: row.id,
      });
    }
    await queryRunner.dropColumn('floor_plans', 'backgroundFile');
  }
}
