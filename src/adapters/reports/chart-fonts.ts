import { existsSync } from 'node:fs';

/**
 * The fonts the charts are drawn in. The Word report is set in Arial; Liberation Sans has Arial's widths, so text
 * in a chart is as wide as it would be beside it, and DejaVu Sans covers characters Liberation lacks. They are
 * loaded from their files (Debian's, Ubuntu's and the Red Hat family's places), so a chart looks the same on
 * every server that has them; a server with none of them falls back to the fonts the system has.
 */
const FONT_DIRECTORIES = [
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/liberation-sans',
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
];
const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** The family names the chart asks for, best first: what a reader's Word would use, then what the server has. */
export const CHART_FONT_FAMILY = 'Arial, Liberation Sans, DejaVu Sans, sans-serif';

export interface ChartFonts {
  readonly fontFiles: readonly string[];
  /** The family text falls back to when none it names is loaded. */
  readonly defaultFontFamily: string;
  /** Whether to scan the system's fonts: only when none of ours was found, as scanning takes a while. */
  readonly loadSystemFonts: boolean;
}

let found: ChartFonts | undefined;

export function chartFonts(): ChartFonts {
  found ??= locateFonts();
  return found;
}

function locateFonts(): ChartFonts {
  const fontFiles = FONT_FILES.flatMap((file) => {
    const dir = FONT_DIRECTORIES.find((d) => existsSync(`${d}/${file}`));
    return dir ? [`${dir}/${file}`] : [];
  });
  const liberation = fontFiles.some((f) => f.includes('Liberation'));
  return {
    fontFiles,
    defaultFontFamily: liberation ? 'Liberation Sans' : fontFiles.length > 0 ? 'DejaVu Sans' : 'Arial',
    loadSystemFonts: fontFiles.length === 0,
  };
}
