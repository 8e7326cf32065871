import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { FloorPlanController } from './floor-plan.controller';
import { FloorPlanService } from './floor-plan.service';

/** The room of an event's market and its stands. */
@Module({
  imports: [EventsModule],
  controllers: [FloorPlanController],
  providers: [FloorPlanService],
  exports: [FloorPlanService],
})
export class FloorPlanModule {}
