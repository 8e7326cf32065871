import { Body, Controller, Get, Logger, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@markt/shared';
import { Repository } from 'typeorm';
import { RequestThrottle } from '../auth/request-throttle.service';
import { Public, Roles } from '../common/access.decorators';
import { AuthenticatedRequest, clientAddress } from '../common/request-user';
import { AccessibilityFeedback } from './accessibility-feedback.entity';
import { CreateFeedbackDto } from './dto/create-feedback.dto';

/** The feedback form of the accessibility statement: anyone may report a barrier, admins read the reports. */
@ApiTags('feedback')
@Controller('feedback')
export class FeedbackController {
  private readonly logger = new Logger(FeedbackController.name);

  constructor(
    @InjectRepository(AccessibilityFeedback)
    private readonly feedback: Repository<AccessibilityFeedback>,
    private readonly requests: RequestThrottle,
  ) {}

  @Public()
  @Post()
  async create(@Body() body: CreateFeedbackDto, @Req() req: AuthenticatedRequest): Promise<{ id: string }> {
    await this.requests.hit('feedback', clientAddress(req));
    const saved = await this.feedback.save(
      this.feedback.create({
        message: body.message,
        email: body.email ?? null,
        page: body.page ?? null,
      }),
    );
    this.logger.log({ msg: 'accessibility feedback received', id: saved.id });
    return { id: saved.id };
  }

  @Roles(Role.Admin)
  @Get()
  list(): Promise<AccessibilityFeedback[]> {
    return this.feedback.find({ order: { createdAt: 'DESC' } });
  }
}
