import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { AccessibilityFeedback } from './accessibility-feedback.entity';
import { FeedbackController } from './feedback.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AccessibilityFeedback]), AuthModule],
  controllers: [FeedbackController],
})
export class FeedbackModule {}
