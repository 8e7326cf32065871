import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiTags } from '@nestjs/swagger';
import { FloorPlanDto, PlanIssue, Role } from '@markt/shared';
import type { Response } from 'express';
import { Roles } from '../common/access.decorators';
import { FloorPlanBodyDto } from './dto/floor-plan.dto';
import { FloorPlanBackgroundService } from './floor-plan-background.service';
import { FloorPlanService } from './floor-plan.service';

/** Uploads above this are cut off by the server before the size rule gives its field error. */
const UPLOAD_HARD_LIMIT = 10 * 1024 * 1024;

@ApiTags('floor-plan')
@Roles(Role.Admin)
@Controller('events/:eventId/floor-plan')
export class FloorPlanController {
  constructor(
    private readonly plans: FloorPlanService,
    private readonly backgrounds: FloorPlanBackgroundService,
  ) {}

  @Get()
  get(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    return this.plans.get(eventId, Role.Admin);
  }

  @Put()
  save(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: FloorPlanBodyDto,
  ): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    return this.plans.save(eventId, body);
  }

  /** The scan of the room under the plan (PNG or JPEG); it is decoded and stored re-encoded. */
  @Put('background')
  @UseInterceptors(FileInterceptor('background', { limits: { fileSize: UPLOAD_HARD_LIMIT, files: 1 } }))
  uploadBackground(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    return this.backgrounds.upload(eventId, file?.buffer);
  }

  @Delete('background')
  removeBackground(@Param('eventId', ParseUUIDPipe) eventId: string): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    return this.backgrounds.remove(eventId);
  }

  @Get('background')
  async background(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    const { path, type } = await this.backgrounds.file(eventId);
    res.setHeader('Content-Type', type);
    res.sendFile(path);
  }
}
