import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccountModule } from './account/account.module';
import { ApplicationsModule } from './applications/applications.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AccessGuard } from './common/access.guard';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { appConfig } from './config/app.config';
import { DatabaseModule } from './database/database.module';
import { DecisionsModule } from './decisions/decisions.module';
import { EventsModule } from './events/events.module';
import { FeedbackModule } from './feedback/feedback.module';
import { FloorPlanModule } from './floor-plan/floor-plan.module';
import { HealthController } from './health/health.controller';
import { MarketModule } from './market/market.module';
import { PrintModule } from './print/print.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RetentionModule } from './retention/retention.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    // Configuration comes from the environment only; loadConfig checks it and start-up fails on bad values.
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [appConfig],
    }),
    DatabaseModule,
    AuthModule,
    UsersModule,
    EventsModule,
    AuditModule,
    ApplicationsModule,
    AccountModule,
    NotificationsModule,
    ReviewsModule,
    DecisionsModule,
    FloorPlanModule,
    AssignmentsModule,
    MarketModule,
    PrintModule,
    FeedbackModule,
    RetentionModule,
    SeedModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
  ],
})
export class AppModule {}
