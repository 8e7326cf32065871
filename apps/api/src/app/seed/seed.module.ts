import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { UsersModule } from '../users/users.module';
import { SeedService } from './seed.service';

@Module({
  imports: [UsersModule, EventsModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
