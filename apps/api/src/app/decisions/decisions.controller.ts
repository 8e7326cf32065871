import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationDto, PendingDecisionDto, PendingDecisionsDto, Role } from '@markt/shared';
import type { Response } from 'express';
import { ApplicationsService } from '../applications/applications.service';
import { toApplicationDto } from '../applications/applications.mapper';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { DecisionsService } from './decisions.service';
import { BulkDecisionDto, DecisionDto, ReleaseDto } from './dto/decision.dto';
import { sendTable } from '../common/tabular-export';
import { EXPORT_COLUMNS } from './export-columns';

@ApiTags('decisions')
@Controller()
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly applications: ApplicationsService,
  ) {}

  /** Applies the decision, or with `stage: true` stages it as pending and answers the pending decision. */
  @Roles(Role.Admin)
  @Post('applications/:id/decision')
  @HttpCode(200)
  async decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecisionDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto | PendingDecisionDto> {
    if (body.stage) return this.decisions.stageOne(id, user, body);
    return toApplicationDto(await this.decisions.decideOne(id, user, body));
  }

  @Roles(Role.Admin)
  @Delete('applications/:id/pending-decision')
  @HttpCode(204)
  async withdrawStaged(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<void> {
    await this.decisions.withdrawStaged(id, user);
  }

  @Roles(Role.Admin)
  @Post('events/:eventId/decisions')
  @HttpCode(200)
  async decideMany(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: BulkDecisionDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto[] | PendingDecisionDto[]> {
    const { applicationIds, ...decision } = body;
    if (decision.stage) return this.decisions.stage(eventId, applicationIds, user, decision);
    return (await this.decisions.decide(eventId, applicationIds, user, decision)).map(toApplicationDto);
  }

  @Roles(Role.Admin)
  @Get('events/:eventId/decisions/pending')
  pending(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<PendingDecisionsDto> {
    return this.decisions.pending(eventId);
  }

  /** Applies every pending decision of the event together; their mails go into the outbox. */
  @Roles(Role.Admin)
  @Post('events/:eventId/decisions/release')
  @HttpCode(200)
  async release(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: ReleaseDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto[]> {
    return (await this.decisions.release(eventId, user, body.confirmOverCapacity)).map(toApplicationDto);
  }

  @Roles(Role.Admin)
  @Post('events/:eventId/confirmation-reminders')
  @HttpCode(200)
  async remind(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<{ queued: number }> {
    return { queued: await this.decisions.remindToConfirm(eventId) };
  }

  @Roles(Role.Admin)
  @Get('events/:eventId/applications.csv')
  async csv(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @CurrentUser() user: User,
    @Res() res: Response,
  ): Promise<void> {
    await sendTable(res, 'csv', 'bewerbungen', EXPORT_COLUMNS, await this.applications.listForEvent(eventId, user));
  }

  @Roles(Role.Admin)
  @Get('events/:eventId/applications.xlsx')
  async xlsx(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @CurrentUser() user: User,
    @Res() res: Response,
  ): Promise<void> {
    await sendTable(res, 'xlsx', 'bewerbungen', EXPORT_COLUMNS, await this.applications.listForEvent(eventId, user));
  }
}
