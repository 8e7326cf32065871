import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationsModule } from '../applications/applications.module';
import { EventsModule } from '../events/events.module';
import { Note } from './note.entity';
import { Review } from './review.entity';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { StaffListController } from './staff-list.controller';
import { StaffListService } from './staff-list.service';

@Module({
  imports: [TypeOrmModule.forFeature([Review, Note, Application]), ApplicationsModule, EventsModule],
  controllers: [ReviewsController, StaffListController],
  providers: [ReviewsService, StaffListService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
