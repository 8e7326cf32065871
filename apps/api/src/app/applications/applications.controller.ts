import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicantAction, ApplicationDto, AuditEntryDto, Role } from '@markt/shared';
import type { Response } from 'express';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { toApplicationDto } from './applications.mapper';
import { ApplicationsService } from './applications.service';
import { StandPeopleService } from './stand-people.service';
import { ChangeRequestBody } from './dto/change-request.dto';
import { ConsentsDto } from './dto/consents.dto';
import { ListApplicationsQuery } from './dto/list-applications.query';
import { UpdateApplicationDto } from './dto/update-application.dto';

/** Uploads above this are cut off by the server before the 2 MB rule gives its field error. */
const UPLOAD_HARD_LIMIT = 10 * 1024 * 1024;

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly people: StandPeopleService,
  ) {}

  /** The applicant's own applications, optionally of one event; staff use the staff list of an event. */
  @Roles(Role.Applicant)
  @Get('applications')
  async list(@Query() query: ListApplicationsQuery, @CurrentUser() user: User): Promise<ApplicationDto[]> {
    const own = await this.applications.listOwn(user);
    return own.filter((a) => !query.eventId || a.eventId === query.eventId).map(toApplicationDto);
  }

  /** Idempotent: asking again answers the application the applicant already has, so a retry or a second tab is harmless. */
  @Roles(Role.Applicant)
  @Post('events/:eventId/applications')
  @ApiCreatedResponse({ description: 'A new draft' })
  @ApiOkResponse({ description: 'The live application (of any status) the applicant already has for the event' })
  async create(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationDto> {
    const { application, created } = await this.applications.start(eventId, user);
    if (!created) res.status(200);
    return this.people.withStand(application);
  }

  @Roles()
  @Get('applications/:id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<ApplicationDto> {
    return this.people.withStand(await this.applications.get(id, user));
  }

  @Roles()
  @Get('applications/:id/history')
  async history(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<AuditEntryDto[]> {
    return this.applications.history(await this.applications.get(id, user), user);
  }

  @Roles(Role.Applicant)
  @Patch('applications/:id')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateApplicationDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.applications.update(id, user, body));
  }

  @Roles(Role.Applicant)
  @Put('applications/:id/consents')
  async setConsents(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConsentsDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.applications.setConsents(id, user, body));
  }

  @Roles(Role.Applicant)
  @Post('applications/:id/submit')
  @HttpCode(200)
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<ApplicationDto> {
    return this.act(id, user, 'submit');
  }

  @Roles(Role.Applicant)
  @Post('applications/:id/withdraw')
  @HttpCode(200)
  withdraw(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<ApplicationDto> {
    return this.act(id, user, 'withdraw');
  }

  @Roles(Role.Applicant)
  @Post('applications/:id/confirm')
  @HttpCode(200)
  confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<ApplicationDto> {
    return this.act(id, user, 'confirm');
  }

  /** Staff send an application under review back for changes (admin only, like every decision). */
  @Roles(Role.Admin)
  @Post('applications/:id/request-changes')
  @HttpCode(200)
  async requestChanges(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeRequestBody,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.applications.requestChanges(id, user, body));
  }

  @Roles(Role.Applicant)
  @Put('applications/:id/logo')
  @UseInterceptors(
    FileInterceptor('logo', {
      limits: { fileSize: UPLOAD_HARD_LIMIT, files: 1 },
    }),
  )
  async uploadLogo(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.applications.setLogo(id, user, file?.buffer));
  }

  @Roles()
  @Get('applications/:id/logo')
  async logo(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User, @Res() res: Response): Promise<void> {
    const { path, type } = await this.applications.logo(id, user);
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(path);
  }

  /** Confirming keeps the stand on the status page; withdrawing ends it (see `visibleStand`). */
  private async act(id: string, user: User, action: ApplicantAction): Promise<ApplicationDto> {
    return this.people.withStand(await this.applications.act(id, user, action));
  }
}
