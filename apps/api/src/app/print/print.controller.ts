import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PAPER_SIZES, PaperSize, Role } from '@markt/shared';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../common/access.decorators';
import { sendTable } from '../common/tabular-export';
import { LOGISTICS_COLUMNS, PrintService } from './print.service';

class PaperQuery {
  @IsOptional()
  @IsIn(PAPER_SIZES)
  size?: PaperSize;
}

function sendPdf(res: Response, name: string, pdf: Buffer): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.pdf"`);
  res.send(pdf);
}

@ApiTags('print')
@Roles(Role.Admin)
@Controller('events/:eventId')
export class PrintController {
  constructor(private readonly print: PrintService) {}

  @Get('floor-plan.pdf')
  async floorPlan(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: PaperQuery,
    @Res() res: Response,
  ): Promise<void> {
    const size = query.size ?? 'A3';
    sendPdf(res, `hallenplan-${size.toLowerCase()}`, await this.print.floorPlan(eventId, size));
  }

  @Get('stand-signs.pdf')
  async standSigns(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, 'standschilder', await this.print.standSigns(eventId));
  }

  @Get('directory.pdf')
  async directory(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, 'ausstellerverzeichnis', await this.print.directory(eventId));
  }

  @Get('logistics.csv')
  async logisticsCsv(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    await sendTable(res, 'csv', 'logistik', LOGISTICS_COLUMNS, await this.print.logistics(eventId));
  }

  @Get('logistics.xlsx')
  async logisticsXlsx(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    await sendTable(res, 'xlsx', 'logistik', LOGISTICS_COLUMNS, await this.print.logistics(eventId));
  }
}
