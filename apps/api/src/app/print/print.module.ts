import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MarketModule } from '../market/market.module';
import { PrintController } from './print.controller';
import { PrintService } from './print.service';

@Module({
  imports: [MarketModule, ApplicationsModule],
  controllers: [PrintController],
  providers: [PrintService],
})
export class PrintModule {}
