import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PublicMarketDto } from '@markt/shared';
import type { Request, Response } from 'express';
import { LogoStorage } from '../applications/logo-storage';
import { Public } from '../common/access.decorators';
import { MarketService, publicLogoUrl } from './market.service';

/**
 * Visitors on their phones: short public caching, so a crowd at the entrance does not ask each time, and
 * revalidation with the ETag (304) after that.
 */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600';
/** A logo under its content-addressed URL never changes: a new picture gets a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What every visitor gets alike, so that browsers and shared caches may keep it: no cookie. (Any
 * response may otherwise hand out the anonymous XSRF cookie, which the web app gets from its other calls.)
 */
function sameForEveryone(res: Response, cacheControl: string): void {
  res.removeHeader('Set-Cookie');
  res.setHeader('Cache-Control', cacheControl);
}

@ApiTags('public')
@Public()
@Controller('public/events/:eventId')
export class MarketController {
  constructor(
    private readonly market: MarketService,
    private readonly logos: LogoStorage,
  ) {}

  /**
   * Served from the page built once per change (`MarketService.publicPage`): the JSON and its brotli and gzip
   * forms are ready-made bytes with strong ETags, and a matching `If-None-Match` gets 304 without a body.
   */
  @Get('market')
  async get(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicMarketDto> {
    const page = await this.market.publicPage(eventId);
    sameForEveryone(res, PUBLIC_CACHE);
    res.vary('Accept-Encoding');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    // Brotli wherever it is accepted at all: browsers list it after gzip ("gzip, deflate, br"), and the
    // negotiation would then pick gzip, about a tenth larger.
    const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip', 'identity');
    const bytes = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.json;
    if (bytes === page.json) {
      res.setHeader('ETag', page.etag);
    } else {
      res.setHeader('Content-Encoding', encoding as string);
      res.setHeader('ETag', `${page.etag.slice(0, -1)}-${encoding}"`);
    }
    // The value stays the answer's type; its bytes are the prepared ones, not serialised again. `send`
    // answers 304 when the request's If-None-Match holds this ETag.
    res.json = () => res.send(bytes);
    return page.dto;
  }

  /** The logo under its content-addressed URL (`logoUrl` of the market): cached for good. */
  @Get('logos/:applicationId/:hash')
  async hashedLogo(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Param('hash') hash: string,
    @Res() res: Response,
  ): Promise<void> {
    const logo = await this.market.publicLogo(eventId, applicationId);
    if (logo.hash !== hash) {
      // A picture replaced since (or a made-up hash): to the current one, without caching the detour.
      sameForEveryone(res, 'no-cache');
      res.redirect(302, publicLogoUrl(eventId, applicationId, logo.hash));
      return;
    }
    sameForEveryone(res, IMMUTABLE);
    res.setHeader('Content-Type', logo.type);
    res.sendFile(this.logos.path(logo.file));
  }

  /** The current logo under the address without hash (older links): short caching only. */
  @Get('logos/:applicationId')
  async logo(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Res() res: Response,
  ): Promise<void> {
    const logo = await this.market.publicLogo(eventId, applicationId);
    sameForEveryone(res, PUBLIC_CACHE);
    res.setHeader('Content-Type', logo.type);
    res.sendFile(this.logos.path(logo.file));
  }
}
