import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ApplicantMailer } from './applicant-mailer.service';
import { EmailTemplate } from './email-template.entity';
import { NotificationsController } from './notifications.controller';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';
import { TemplatesService } from './templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage, EmailTemplate]), EventsModule],
  controllers: [NotificationsController],
  providers: [OutboxService, TemplatesService, ApplicantMailer],
  exports: [OutboxService, TemplatesService, ApplicantMailer],
})
export class NotificationsModule {}
