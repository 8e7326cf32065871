import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { Application } from './application.entity';
import { inParallel } from '../common/in-parallel';
import { LOGO_DECODERS, LogoStorage } from './logo-storage';

/**
 * Logos stored before uploads were decoded (or damaged since) must not reach a PDF or a browser:
 * at every start each stored logo is decoded in full, and one that fails is set aside.
 */
@Injectable()
export class StoredLogoCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Logos');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logos: LogoStorage,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  /**
   * Moves every logo that does not decode (or is missing) to the quarantine folder and removes it from its
   * application, one log line each. Returns the ids of those applications.
   */
  async run(): Promise<string[]> {
    const repo = this.dataSource.getRepository(Application);
    const stored = await repo.find({ select: { id: true, logoFile: true }, where: { logoFile: Not(IsNull()) } });
    const setAside: string[] = [];
    // Before the server listens, so no logo that fails reaches a browser or the market page's links; a few at
    // once, so a start with hundreds of logos is not held up by one decoding after another.
    await inParallel(stored, LOGO_DECODERS, async ({ id, logoFile }) => {
      const file = logoFile as string;
      // The decoding for printing: the first print after a start then decodes none of the logos.
      const problem = await this.logos.printable(file).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      if (problem === null) return;
      await this.logos.quarantine(file);
      // Only if no new logo was recorded meanwhile.
      await repo.update({ id, logoFile: file }, { logoFile: null, logoType: null });
      this.logger.warn(`Logo ${file} of application ${id} does not decode and was set aside: ${problem}`);
      setAside.push(id);
    });
    return setAside;
  }
}
