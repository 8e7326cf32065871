import { toString } from 'qrcode';

/** A QR code for the URL as an SVG data URL (vector, so it prints sharp), made in the browser. */
export async function qrCodeDataUrl(url: string): Promise<string> {
  const svg = await toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 1,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
