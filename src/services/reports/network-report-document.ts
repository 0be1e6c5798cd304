import { percentText } from '../../domain/formatting/percent';
import {
  fileStemOf,
  longDate,
  NETWORK_NAME,
  paragraph,
  themeName,
  type Cell,
  type ReportDocument,
} from '../../domain/report-document';
import { ASSESSMENT_STATE_LABELS } from '../../domain/labels';
import type { NetworkReport } from './network-report';
import type { Quartiles } from '../../domain/quartiles';
import { networkImpactSection } from './network-impact-section';

function quartileCells(q: Quartiles): Cell[] {
  return [q.count, q.min, q.q1, q.median, q.q3, q.max];
}
const QUARTILE_COLUMNS = ['Services', 'Lowest %', 'Lower quartile %', 'Median %', 'Upper quartile %', 'Highest %'];

/** What a service's scores stand on, in the words of the report's summary. */
const BASIS_WORDS = { agreed: 'Agreed ratings', self: 'Self-assessment' } as const;

/** The network report laid out for the Word and Excel renderers (the benchmarks sheet names nobody). */
export function networkReportDocument(r: NetworkReport): ReportDocument {
  const themeCols = r.themes.map((t) => `Theme ${t.code} %`);
  return {
    title: `Network report: ${r.cycleName}`,
    subtitle: `${r.services.length} services, ${r.frameworkName}`,
    fileStem: fileStemOf('network report', r.cycleName),
    cover: {
      publisher: NETWORK_NAME,
      kind: 'Network report',
      subject: r.cycleName,
      facts: [
        { label: 'Framework', value: r.frameworkName },
        { label: 'Services', value: String(r.services.length) },
        { label: 'Median overall score', value: percentText(r.overall.median, 'None') },
        { label: 'Report date', value: longDate(r.generatedAt) },
      ],
    },
    sections: [
      {
        heading: 'Summary',
        blocks: [
          paragraph(
            `${r.services.length} services in ${r.cycleName}. Scores stand on the agreed ratings where the review is agreed, ` +
              `and on the self-assessment otherwise. Median overall score: ${percentText(r.overall.median, 'none')}.`,
          ),
          paragraph(`Report generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`),
        ],
      },
      {
        heading: 'Benchmarks by theme',
        blocks: [
          {
            kind: 'chart',
            title: 'Median and quartiles by theme (%)',
            sheet: 'Benchmarks',
            description: `Bar chart of the lower quartile, median and upper quartile of service scores per theme. ${r.byTheme
              .map(
                (t) =>
                  `${t.themeCode}. ${t.title}: ${t.quartiles.q1 ?? 'none'}, ${t.quartiles.median ?? 'none'}, ${t.quartiles.q3 ?? 'none'}`,
              )
              .join('; ')}.`,
            categories: r.byTheme.map((t) => themeName(t.themeCode, t.title)),
            series: [
              { name: 'Lower quartile', values: r.byTheme.map((t) => t.quartiles.q1) },
              { name: 'Median', values: r.byTheme.map((t) => t.quartiles.median) },
              { name: 'Upper quartile', values: r.byTheme.map((t) => t.quartiles.q3) },
            ],
            max: 100,
          },
          {
            kind: 'table',
            title: 'Benchmarks by theme (anonymised)',
            sheet: 'Benchmarks',
            columns: ['Theme', ...QUARTILE_COLUMNS],
            rows: [
              ...r.byTheme.map((t) => [`${t.themeCode}. ${t.title}`, ...quartileCells(t.quartiles)]),
              ['Overall', ...quartileCells(r.overall)],
            ],
          },
        ],
      },
      {
        heading: 'Benchmarks by type',
        blocks: [
          {
            kind: 'table',
            title: 'Benchmarks by type (anonymised)',
            sheet: 'Types',
            columns: ['Type', ...QUARTILE_COLUMNS],
            rows: r.byType.map((t) => [t.type, ...quartileCells(t.quartiles)]),
          },
          {
            kind: 'table',
            title: 'Recognition levels',
            sheet: 'Recognition',
            columns: ['Level', 'Services'],
            rows: Object.entries(r.recognition).map(([level, count]) => [level, count]),
          },
        ],
      },
      {
        heading: 'Trends across cycles',
        blocks: [
          {
            kind: 'chart',
            title: 'Median score by theme, cycle by cycle (%)',
            sheet: 'Trends',
            description: `Bar chart of median theme scores per cycle. ${r.trends
              .map(
                (t) =>
                  `${t.cycleName}: ${t.themeMedians.map((m, i) => `${r.themes[i]?.code ?? ''} ${m ?? 'none'}`).join(', ')}`,
              )
              .join('; ')}.`,
            categories: r.themes.map((t) => themeName(t.code, t.title)),
            series: r.trends.map((t) => ({ name: t.cycleName, values: t.themeMedians })),
            max: 100,
          },
          {
            kind: 'table',
            title: 'Trends across cycles',
            sheet: 'Trends',
            columns: ['Cycle', 'Services', 'Median overall %', ...themeCols.map((c) => `Median ${c}`)],
            rows: r.trends.map((t) => [t.cycleName, t.services, t.overallMedian, ...t.themeMedians]),
          },
        ],
      },
      {
        heading: 'Improvement priorities',
        blocks: [
          paragraph("The standards most often not met across the network: the network's improvement priorities."),
          {
            kind: 'table',
            title: 'Standards most often not met',
            sheet: 'Priorities',
            columns: ['Code', 'Standard', 'Theme', 'Type', 'Services rating it', 'Not met', 'Partly met', 'Not met %'],
            rows: r.priorities.map((p) => [
              p.standardCode,
              p.title,
              p.themeCode,
              p.type,
              p.rated,
              p.notMet,
              p.partlyMet,
              p.notMetPercent,
            ]),
          },
        ],
      },
      networkImpactSection(r.impact),
      {
        heading: 'All services',
        blocks: [
          {
            kind: 'table',
            title: 'All services',
            sheet: 'Services',
            columns: ['Organisation', 'Service', 'State', 'Basis', 'Overall %', ...themeCols, 'Recognition level'],
            rows: r.services.map((s) => [
              s.organisationName,
              s.serviceName,
              ASSESSMENT_STATE_LABELS[s.state],
              BASIS_WORDS[s.basis],
              s.overallPercent,
              ...s.themePercents,
              s.recognitionLevel,
            ]),
          },
        ],
      },
    ],
  };
}
