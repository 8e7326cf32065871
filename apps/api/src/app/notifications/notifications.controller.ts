import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EmailTemplateDto, Language, OutboxMessageDto, Role, TemplateKind } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { EventsService } from '../events/events.service';
import { EditOutboxMessageDto, EmailTemplateBody } from './dto/email-template.dto';
import { OutboxService } from './outbox.service';
import { TemplatesService } from './templates.service';

enum LanguageParam {
  De = 'de',
  En = 'en',
}

/** Admins read and correct outgoing mail and edit the texts per event. */
@ApiTags('notifications')
@Roles(Role.Admin)
@Controller()
export class NotificationsController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly templates: TemplatesService,
    private readonly events: EventsService,
  ) {}

  @Get('outbox')
  list(): Promise<OutboxMessageDto[]> {
    return this.outbox.list();
  }

  @Patch('outbox/:id')
  edit(@Param('id', ParseUUIDPipe) id: string, @Body() body: EditOutboxMessageDto): Promise<OutboxMessageDto> {
    return this.outbox.edit(id, body);
  }

  @Post('outbox/:id/retry')
  @HttpCode(200)
  retry(@Param('id', ParseUUIDPipe) id: string): Promise<OutboxMessageDto> {
    return this.outbox.retry(id);
  }

  @Get('events/:eventId/email-templates')
  async listTemplates(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<EmailTemplateDto[]> {
    await this.events.get(eventId, Role.Admin);
    return this.templates.list(eventId);
  }

  @Put('events/:eventId/email-templates/:kind/:language')
  async saveTemplate(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('kind', new ParseEnumPipe(TemplateKind)) kind: TemplateKind,
    @Param('language', new ParseEnumPipe(LanguageParam)) language: Language,
    @Body() body: EmailTemplateBody,
  ): Promise<EmailTemplateDto> {
    await this.events.get(eventId, Role.Admin);
    return this.templates.save(eventId, kind, language, body);
  }

  @Delete('events/:eventId/email-templates/:kind/:language')
  @HttpCode(204)
  async resetTemplate(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('kind', new ParseEnumPipe(TemplateKind)) kind: TemplateKind,
    @Param('language', new ParseEnumPipe(LanguageParam)) language: Language,
  ): Promise<void> {
    await this.templates.reset(eventId, kind, language);
  }
}
