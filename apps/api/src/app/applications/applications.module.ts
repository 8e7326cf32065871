import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { Application } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { LogoStorage } from './logo-storage';

@Module({
  imports: [TypeOrmModule.forFeature([Application]), EventsModule, NotificationsModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, LogoStorage],
  exports: [ApplicationsService, LogoStorage],
})
export class ApplicationsModule {}
