import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NoteDto, ReviewSummaryDto, Role } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { NoteBody, ReviewBody } from './dto/review.dto';
import { ReviewsService } from './reviews.service';

/** Reviews and internal notes: staff only, applicants never see either. */
@ApiTags('reviews')
@Roles(Role.Reviewer, Role.Admin)
@Controller('applications/:id')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('reviews')
  review(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewBody,
    @CurrentUser() user: User,
  ): Promise<ReviewSummaryDto> {
    return this.reviews.review(id, user, body);
  }

  @Get('reviews')
  summary(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<ReviewSummaryDto> {
    return this.reviews.summary(id, user);
  }

  @Post('notes')
  addNote(@Param('id', ParseUUIDPipe) id: string, @Body() body: NoteBody, @CurrentUser() user: User): Promise<NoteDto> {
    return this.reviews.addNote(id, user, body.text);
  }

  @Get('notes')
  notes(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: User): Promise<NoteDto[]> {
    return this.reviews.listNotes(id, user);
  }
}
