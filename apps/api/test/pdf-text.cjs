// Extracts text and page count from a PDF file; run as a child process because pdf-parse's
// PDF.js loads ES modules dynamically, which jest's module sandbox does not allow.
const { readFileSync } = require('node:fs');
const { PDFParse } = require('pdf-parse');

(async () => {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
