import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

/** Who stands where, by hand or by the solver's suggestion. */
@Module({
  imports: [EventsModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsService],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
