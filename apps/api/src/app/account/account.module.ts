import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { RetentionModule } from '../retention/retention.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

@Module({
  imports: [ApplicationsModule, AuthModule, UsersModule, RetentionModule],
  controllers: [AccountController],
  providers: [AccountService],
})
export class AccountModule {}
