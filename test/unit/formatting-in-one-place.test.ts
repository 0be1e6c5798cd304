import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Dates and percentages are written by src/domain/formatting alone, so the tab, the bot's cards and the reports
 * say the same thing in the same words. A file that formats a date or rounds a percentage by itself fails here,
 * naming the file and the line: use longDate, tableDate, clockTime, dateAndTime, percentOf or percentText instead.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['src', 'bot', 'tab/src'];
const THE_MODULE = 'src/domain/formatting/';

/** Files that may keep their own number or time handling, and why (none of it is text a network member reads). */
const EXEMPT: Readonly<Record<string, string>> = {
  'src/cli/': "operators' console figures (bench timings, sizes, progress of a seed)",
  'src/services/reminders/sending-window.ts': "works out London's wall-clock hour to decide when reminders may go",
  'src/services/review/visit-meeting.ts': "works out a visit's start instant in London for the calendar event",
  'tab/src/pages/dashboard/ThemeBarsChart.tsx': "the chart's callout, to move to percentText with the chart's rework",
};

const FORBIDDEN: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\.toLocaleDateString\(/, what: 'a date formatted in place' },
  { pattern: /\.toLocaleTimeString\(/, what: 'a time formatted in place' },
  { pattern: /\bIntl\.DateTimeFormat\b/, what: 'a date formatter of its own' },
  { pattern: /\bnew Date\([^)]*\)\.toLocaleString\(/, what: 'a date formatted in place' },
  {
    pattern: /Math\.(round|floor|ceil|trunc)\([^;]*(\* ?100\b|\/ ?100\b|\* ?1000\)? ?\/)/,
    what: 'a percentage rounded in place',
  },
  { pattern: /\$\{[^}]*\}%/, what: 'a percentage written in place (use percentText)' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

const exempt = (file: string) => file.startsWith(THE_MODULE) || Object.keys(EXEMPT).some((p) => file.startsWith(p));

describe('dates and percentages are formatted in one place', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('scans the server, the bot and the tab', () => {
    expect(files).toContain('src/domain/progress.ts');
    expect(files).toContain('bot/cards/format.ts');
    expect(files).toContain('tab/src/ui/dates.ts');
  });

  it('finds no date or percentage formatted outside src/domain/formatting', () => {
    const offences = files
      .filter((file) => !exempt(file))
      .flatMap((file) =>
        readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `${file}:${i + 1}: ${f.what}: ${line.trim()}`),
          ),
      );
    expect(offences).toEqual([]);
  });

  it('would catch a file that formats a date by itself', () => {
    const line = "const when = new Date(at).toLocaleDateString('en-US');";
    expect(FORBIDDEN.some((f) => f.pattern.test(line))).toBe(true);
    const percent = 'const share = Math.round((met / total) * 100);';
    expect(FORBIDDEN.some((f) => f.pattern.test(percent))).toBe(true);
  });
});
