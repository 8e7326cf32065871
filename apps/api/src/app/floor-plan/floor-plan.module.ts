import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { BackgroundStorage } from './background-storage';
import { FloorPlanBackgroundService } from './floor-plan-background.service';
import { FloorPlanController } from './floor-plan.controller';
import { FloorPlanService } from './floor-plan.service';

/** The room of an event's market and its stands. */
@Module({
  imports: [EventsModule],
  controllers: [FloorPlanController],
  providers: [FloorPlanService, FloorPlanBackgroundService, BackgroundStorage],
  exports: [FloorPlanService],
})
export class FloorPlanModule {}
