import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
type PdfMake = typeof import('pdfmake');
let pdfmake: PdfMake | undefined;

/** pdfmake with its bundled Roboto fonts; documents may not load anything from the network or the disk. */
function engine(): PdfMake {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMake;
    const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
    const allowed = new Set(Object.values(fonts.Roboto));
    pdfmake.addFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  }
  return pdfmake;
}

/**
 * Renders a pdfmake document to a PDF. Only the bundled fonts are read from disk; images must be data URLs (e.g. a QR code as `data:image/png;base64,…`);
 * URLs and file paths are refused, so text from customers can never make the renderer fetch anything.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const out = engine().createPdf({ defaultStyle: { font: 'Roboto', fontSize: 10 }, ...doc });
  return Buffer.from(await out.getBuffer());
}
