import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MarketController } from './market.controller';
import { MarketService } from './market.service';

@Module({
  imports: [ApplicationsModule],
  controllers: [MarketController],
  providers: [MarketService],
  exports: [MarketService],
})
export class MarketModule {}
