import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { EventsModule } from '../events/events.module';
import { FloorPlanModule } from '../floor-plan/floor-plan.module';
import { UsersModule } from '../users/users.module';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, EventsModule, FloorPlanModule, AssignmentsModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
