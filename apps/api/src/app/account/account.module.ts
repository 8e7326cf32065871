import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

@Module({
  imports: [ApplicationsModule],
  controllers: [AccountController],
  providers: [AccountService],
})
export class AccountModule {}
