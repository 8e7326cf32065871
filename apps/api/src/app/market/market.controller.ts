import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PublicMarketDto } from '@markt/shared';
import type { Response } from 'express';
import { LogoStorage } from '../applications/logo-storage';
import { Public } from '../common/access.decorators';
import { MarketService } from './market.service';

/** Visitors on their phones: short public caching, so a crowd at the entrance does not hit the database each time. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600';

@ApiTags('public')
@Public()
@Controller('public/events/:eventId')
export class MarketController {
  constructor(
    private readonly market: MarketService,
    private readonly logos: LogoStorage,
  ) {}

  @Get('market')
  async get(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicMarketDto> {
    const market = await this.market.publicMarket(eventId);
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    return market;
  }

  @Get('logos/:applicationId')
  async logo(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Res() res: Response,
  ): Promise<void> {
    const application = await this.market.publicLogo(eventId, applicationId);
    res.setHeader('Content-Type', application.logoType ?? 'application/octet-stream');
    res.setHeader('Cache-Control', PUBLIC_CACHE);
    res.sendFile(this.logos.path(application.logoFile as string));
  }
}
