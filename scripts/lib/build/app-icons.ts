/**
 * The app icons of the web app manifest (192 and 512 px PNG), drawn at build time with sharp from the
 * edition's own logo (regions/<id>/public/<logo>, already cleaned by svg-logo.ts) or the default mark
 * (public/favicon.svg): centred with a margin, so a launcher that crops to a circle keeps it. A logo drawn
 * in `currentColor` (as the header shows it) gets the edition's colours: the contrast colour on the primary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ICON_SIZES, iconFile } from '../../../src/lib/outputs/offline.ts';

export async function writeAppIcons(outDir: string, svg: string, colours: { background: string; foreground: string } = { background: '#ffffff', foreground: '#000000' }): Promise<string[]> {
  const source = Buffer.from(svg.replaceAll('currentColor', colours.foreground));
  const background = colours.background;
  const { width = 40, height = 40 } = await sharp(source).metadata();
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const inner = Math.round(size * 0.8);
    // Rasterise the vector at the size it is drawn, not at 72 dpi and then enlarged.
    const density = Math.min(2400, Math.ceil((72 * inner) / Math.min(width, height)));
    const mark = await sharp(source, { density }).resize(inner, inner, { fit: 'contain', background }).flatten({ background }).toBuffer();
    const margin = Math.floor((size - inner) / 2);
    const png = await sharp(mark)
      .extend({ top: margin, bottom: size - inner - margin, left: margin, right: size - inner - margin, background })
      .png({ compressionLevel: 9, palette: true })
      .toBuffer();
    writeFileSync(join(outDir, iconFile(size)), png);
    written.push(iconFile(size));
  }
  return written;
}
