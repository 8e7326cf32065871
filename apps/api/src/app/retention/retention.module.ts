import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { RetentionController } from './retention.controller';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** Deletes or anonymises personal data after the retention period (DSGVO Art. 5 (1) e). */
@Module({
  imports: [ApplicationsModule],
  controllers: [RetentionController],
  providers: [RetentionService, RetentionScheduler],
  exports: [RetentionService],
})
export class RetentionModule {}
