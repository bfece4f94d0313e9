// Counts the non-background pixels of each rendered page and the charts' titles in the PDF
// text: the charts must have drawn (a page of only white would mean they did not).
'use strict';
const { execFileSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const zlib = require('node:zlib');

const dir = process.argv[2];
const text = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-']).toString().replace(/\s+/g, ' ');
const titles = ['Revenue by segment', 'Share of customers vs share of revenue', 'Revenue by month', 'Pareto of customers by revenue'];
const missing = titles.filter((t) => !text.includes(t));

/** Share of pixels that are not near-white in an 8-bit RGB(A) PNG written by pdftoppm. */
function inkShare(file) {
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels + 1;
  let ink = 0;
  let prev = Buffer.alloc(stride - 1);
  const rows = raw.length / stride;
  for (let y = 0; y < rows; y++) {
    const filter = raw[y * stride];
    const line = Buffer.from(raw.subarray(y * stride + 1, (y + 1) * stride));
    for (let x = 0; x < line.length; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      line[x] = (line[x] + [0, a, b, (a + b) >> 1, paeth][filter]) & 255;
    }
    for (let x = 0; x < width; x++) if (line[x * channels] < 200 || line[x * channels + 1] < 200 || line[x * channels + 2] < 200) ink++;
    prev = line;
  }
  return ink / (width * rows);
}

const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
for (const p of pages) console.log(`render ${p} ink=${(inkShare(join(dir, p)) * 100).toFixed(1)}%`);
if (missing.length) {
  console.error(`charts missing from the rendered PDF: ${missing.join(', ')}`);
  process.exit(1);
}
if (!pages.some((p) => inkShare(join(dir, p)) > 0.02)) {
  console.error('every rendered page is blank');
  process.exit(1);
}
console.log(`render ok: ${pages.length} pages, every chart title drawn`);
