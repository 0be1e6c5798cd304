import QRCode from 'qrcode';

/**
 * QR codes of a short link for posters and leaflets. Error correction M (15 %) survives a scuffed poster, and the
 * quiet zone of four modules is the one the standard asks for, so phone cameras find the code on a busy wall.
 */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** 1,200 pixels wide: 10 cm at 300 dots per inch, sharp on an A4 poster or a leaflet. */
export const QR_PNG_WIDTH_PX = 1200;

export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...QR_OPTIONS, type: 'svg' });
}

export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { ...QR_OPTIONS, type: 'png', width: QR_PNG_WIDTH_PX });
}
