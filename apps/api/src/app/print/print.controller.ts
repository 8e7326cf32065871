import {
  Controller,
  Get,
  HttpException,
  InternalServerErrorException,
  Logger,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ERROR_CODES, PAPER_SIZES, PaperSize, Role } from '@markt/shared';
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

const logger = new Logger('Print');

/**
 * Answers with the PDF, or with a clear error if producing it failed; a failed document leaves
 * nothing behind, so the next request starts afresh.
 */
async function sendPdf(res: Response, name: string, render: () => Promise<Buffer>): Promise<void> {
  let pdf: Buffer;
  try {
    pdf = await render();
  } catch (error) {
    if (error instanceof HttpException) throw error;
    logger.error(`${name}.pdf failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw new InternalServerErrorException({
      code: ERROR_CODES.printFailed,
      message: 'The PDF could not be produced',
      params: { document: name },
    });
  }
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
    await sendPdf(res, `hallenplan-${size.toLowerCase()}`, () => this.print.floorPlan(eventId, size));
  }

  @Get('stand-signs.pdf')
  async standSigns(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    await sendPdf(res, 'standschilder', () => this.print.standSigns(eventId));
  }

  @Get('directory.pdf')
  async directory(@Param('eventId', ParseUUIDPipe) eventId: string, @Res() res: Response): Promise<void> {
    await sendPdf(res, 'verzeichnis-der-ausstellenden', () => this.print.directory(eventId));
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
