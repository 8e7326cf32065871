import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RetentionPreviewDto, RetentionRunDto, Role } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { RetentionService } from './retention.service';

@ApiTags('retention')
@Controller('retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** What the next runs remove, and when. */
  @Roles(Role.Admin)
  @Get('preview')
  preview(): Promise<RetentionPreviewDto> {
    return this.retention.preview();
  }

  /** Removes what is due now, as the daily run would. */
  @Roles(Role.Admin)
  @Post('run')
  @HttpCode(200)
  run(@CurrentUser() user: User): Promise<RetentionRunDto> {
    return this.retention.run(user.id);
  }
}
