import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FloorPlanDto, PlanIssue, Role } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { FloorPlanBodyDto } from './dto/floor-plan.dto';
import { FloorPlanService } from './floor-plan.service';

@ApiTags('floor-plan')
@Roles(Role.Admin)
@Controller('events/:eventId/floor-plan')
export class FloorPlanController {
  constructor(private readonly plans: FloorPlanService) {}

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
}
