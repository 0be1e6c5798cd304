/**
 * What the printed self-assessment needs beyond its own styles: A4 sheets with margins, none of the app's chrome
 * (the header and its navigation) on paper, and no table row split across sheets or heading left at the foot of
 * one. It lives in the print page's <style>, so it applies only while that page is shown. No colours: the theme's
 * tokens still decide them.
 */
export const PRINT_PAGE_CSS = `
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body > #root header, body > #root nav, a[href="#main"] { display: none !important; }
  main#main { max-width: none !important; padding: 0 !important; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  body { -webkit-print-color-adjust: economy; print-color-adjust: economy; }
}
`;
