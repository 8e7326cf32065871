import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessibilityFeedback } from './accessibility-feedback.entity';
import { FeedbackController } from './feedback.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AccessibilityFeedback])],
  controllers: [FeedbackController],
})
export class FeedbackModule {}
