import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EventsModule } from '../events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { Application } from './application.entity';
import { ApplicationLifecycle } from './application-lifecycle.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { LogoStorage } from './logo-storage';
import { StandPeopleController } from './stand-people.controller';
import { StandPeopleService } from './stand-people.service';
import { StoredLogoCheck } from './stored-logo-check';

@Module({
  imports: [TypeOrmModule.forFeature([Application]), EventsModule, NotificationsModule, AuthModule],
  controllers: [ApplicationsController, StandPeopleController],
  providers: [ApplicationsService, ApplicationLifecycle, StandPeopleService, LogoStorage, StoredLogoCheck],
  exports: [ApplicationsService, ApplicationLifecycle, LogoStorage],
})
export class ApplicationsModule {}
