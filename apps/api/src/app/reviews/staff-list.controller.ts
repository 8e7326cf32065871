import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, StaffApplicationList } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { StaffListQueryDto } from './dto/staff-list.query';
import { StaffListService } from './staff-list.service';

/** The staff list of an event's applications: what reviewers work through, filtered, sorted and paged. */
@ApiTags('reviews')
@Controller()
export class StaffListController {
  constructor(private readonly staffList: StaffListService) {}

  @Roles(Role.Reviewer, Role.Admin)
  @Get('events/:eventId/applications')
  list(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: StaffListQueryDto,
    @CurrentUser() user: User,
  ): Promise<StaffApplicationList> {
    return this.staffList.list(eventId, user, query);
  }
}
