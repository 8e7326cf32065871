import type { Response } from 'express';
import { Workbook } from 'exceljs';

export type Cell = string | number | boolean | null | undefined;
export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
}

function display(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return String(value);
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe:
 * applicants write these texts, staff open the file.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Semicolon-separated with a BOM, as German spreadsheet programs expect. */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const quote = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [
    columns.map((c) => quote(c.header)).join(';'),
    ...rows.map((row) => columns.map((c) => quote(neutraliseFormula(display(c.value(row))))).join(';')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** One sheet with a bold, frozen header; numbers stay numbers, formulas are neutralised. */
export async function toXlsx<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  sheet.addRows(
    rows.map((row) =>
      columns.map((c) => {
        const value = c.value(row);
        return typeof value === 'number' ? value : neutraliseFormula(display(value));
      }),
    ),
  );
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends rows as a CSV or XLSX download named `<name>.<format>`. */
export async function sendTable<T>(
  res: Response,
  format: 'csv' | 'xlsx',
  name: string,
  columns: Column<T>[],
  rows: T[],
): Promise<void> {
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.send(toCsv(columns, rows));
  } else {
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.send(await toXlsx(name, columns, rows));
  }
}
