import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationDto, Role } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { StandPeopleDto } from './dto/stand-people.dto';
import { StandPeopleService } from './stand-people.service';

@ApiTags('applications')
@Controller('applications')
export class StandPeopleController {
  constructor(private readonly people: StandPeopleService) {}

  /** The applicant's update of the people at their stand after acceptance (see `StandPeopleService`). */
  @Roles(Role.Applicant)
  @Put(':id/stand-people')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StandPeopleDto,
    @CurrentUser() user: User,
  ): Promise<ApplicationDto> {
    return this.people.withStand(await this.people.update(id, user, body));
  }
}
