import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';

// jsqr is CommonJS with an ES-style default export; depending on the loader it arrives wrapped or not.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/** An image XObject as found in a PDF: its dictionary and its raw (still encoded) stream bytes. */
interface PdfImage {
  dict: string;
  data: Buffer;
  /** Object number, so an image referenced as another's /SMask can be told apart. */
  id: number;
}

function numberIn(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** Every image XObject of a PDF (objects with `/Subtype /Image`), in file order. */
function imagesOf(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1');
  const out: PdfImage[] = [];
  const re = /(\d+)\s+0\s+obj\s*<</g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length - 2;
    // The dictionary ends where "stream" begins (image dictionaries nest only small << >> blocks).
    const streamAt = text.indexOf('stream', start);
    const endObj = text.indexOf('endobj', start);
    if (streamAt < 0 || (endObj >= 0 && endObj < streamAt)) continue;
    const dict = text.slice(start, streamAt);
    if (!/\/Subtype\s*\/Image/.test(dict)) continue;
    let dataStart = streamAt + 'stream'.length;
    if (text[dataStart] === '\r') dataStart++;
    if (text[dataStart] === '\n') dataStart++;
    const length = numberIn(dict.replace(/\/DecodeParms\s*<<[^>]*>>/, ''), 'Length');
    const dataEnd = length !== undefined ? dataStart + length : text.indexOf('endstream', dataStart);
    out.push({ dict, data: pdf.subarray(dataStart, dataEnd), id: Number(m[1]) });
  }
  return out;
}

/** Undoes PNG row filters (the PDF "PNG predictors", /Predictor ≥ 10). */
function unpredict(data: Buffer, columns: number, bpp: number): Buffer {
  const rowLen = columns * bpp;
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = Buffer.alloc(rows * rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)];
    const src = data.subarray(r * (rowLen + 1) + 1, (r + 1) * (rowLen + 1));
    const row = out.subarray(r * rowLen, (r + 1) * rowLen);
    const prev = r > 0 ? out.subarray((r - 1) * rowLen, r * rowLen) : Buffer.alloc(rowLen);
    for (let i = 0; i < rowLen; i++) {
      const a = i >= bpp ? row[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = src[i];
      if (type === 1) v += a;
      else if (type === 2) v += b;
      else if (type === 3) v += (a + b) >> 1;
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[i] = v & 0xff;
    }
  }
  return out;
}

/** Decodes one image to RGBA pixels, or undefined for kinds this helper does not read. */
function rgbaOf(img: PdfImage): { data: Uint8ClampedArray; width: number; height: number } | undefined {
  const width = numberIn(img.dict, 'Width');
  const height = numberIn(img.dict, 'Height');
  if (!width || !height) return undefined;
  if (numberIn(img.dict.replace(/\/DecodeParms\s*<<[^>]*>>/, ''), 'BitsPerComponent') !== 8) return undefined;
  let colors: number;
  if (/\/ColorSpace\s*\/DeviceRGB/.test(img.dict)) colors = 3;
  else if (/\/ColorSpace\s*\/DeviceGray/.test(img.dict)) colors = 1;
  else return undefined;
  let raw = /\/Filter\s*\/FlateDecode/.test(img.dict) ? inflateSync(img.data) : img.data;
  const parms = /\/DecodeParms\s*<<([^>]*)>>/.exec(img.dict)?.[1];
  if (parms && (numberIn(parms, 'Predictor') ?? 1) >= 10) raw = unpredict(raw, numberIn(parms, 'Columns') ?? width, colors);
  if (raw.length < width * height * colors) return undefined;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = raw[i * colors];
    data[i * 4 + 1] = raw[i * colors + (colors === 3 ? 1 : 0)];
    data[i * 4 + 2] = raw[i * colors + (colors === 3 ? 2 : 0)];
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/**
 * The text of the QR code embedded in a PDF, or undefined when it holds none. Reads the image XObjects
 * (FlateDecode, with or without PNG predictors; grey or RGB, 8 bits), skips soft masks (pdfkit puts a PNG's
 * alpha channel in a separate /SMask image), and decodes each colour image with jsQR.
 */
export function qrTextOf(pdf: Buffer): string | undefined {
  const images = imagesOf(pdf);
  const masks = new Set(images.flatMap((i) => [...i.dict.matchAll(/\/SMask\s+(\d+)\s+0\s+R/g)].map((m) => Number(m[1]))));
  for (const img of images.filter((i) => !masks.has(i.id))) {
    const rgba = rgbaOf(img);
    const code = rgba && jsQR(rgba.data, rgba.width, rgba.height);
    if (code) return code.data;
  }
  return undefined;
}

/** How many image XObjects the PDF holds (soft masks included). */
export const imageCountOf = (pdf: Buffer): number => imagesOf(pdf).length;
