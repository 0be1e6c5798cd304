import type { NetworkImpact, StandardMovement } from '../../domain/network-impact';
import { paragraph, type ReportSection } from '../../domain/report-document';

const SHEET = 'Impact';

function movementRows(list: readonly StandardMovement[]) {
  return list.map((m) => [m.code, m.title, m.themeCode, m.improved, m.worsened, m.stillNotMet]);
}
const MOVEMENT_COLUMNS = ['Code', 'Standard', 'Theme', 'Services improved', 'Services worsened', 'Still not met'];

/**
 * "Impact over time" in the network report: the same figures as the tab's network impact page, for the cycles up
 * to the report's. Comparisons across a framework revision follow the lineage rule (framework-lineage.ts).
 */
export function networkImpactSection(impact: NetworkImpact | null): ReportSection {
  if (impact === null || impact.cycles.length === 0) {
    return { heading: 'Impact over time', blocks: [paragraph('There are no cycles to compare yet.')] };
  }
  const names = new Map(impact.cycles.map((c) => [c.cycleId, c.cycleName]));
  const named = impact.levelMoves.flatMap((step) =>
    (step.services ?? []).map((s) => [
      `${names.get(step.fromCycleId) ?? ''} to ${names.get(step.toCycleId) ?? ''}`,
      s.serviceName,
      s.from,
      s.to,
      s.direction === 'up' ? 'Up' : 'Down',
    ]),
  );
  return {
    heading: 'Impact over time',
    blocks: [
      paragraph(
        'How the network changed from cycle to cycle: the share of standards rated met, the standards services ' +
          'improved on and those still not met, services whose recognition level moved, and how long actions took ' +
          'from the agreement of the review to their completion. Standards are compared in the latest framework ' +
          'version: a renamed or split standard keeps its history, and a merged one takes the least favourable of ' +
          'the ratings it merges.',
      ),
      {
        kind: 'chart',
        title: 'Standards met, cycle by cycle (%)',
        sheet: SHEET,
        description: `Bar chart of the share of rated standards that were met in each cycle. ${impact.cycles
          .map((c) => `${c.cycleName}: ${c.metPercent ?? 'none'}`)
          .join('; ')}.`,
        categories: impact.cycles.map((c) => c.cycleName),
        series: [{ name: 'Standards met', values: impact.cycles.map((c) => c.metPercent) }],
        max: 100,
      },
      {
        kind: 'table',
        title: 'Standards met and time from review to action completion',
        sheet: SHEET,
        columns: [
          'Cycle',
          'Services',
          'Standards met %',
          'Actions completed',
          'Median days to completion',
          'Lower quartile days',
          'Upper quartile days',
        ],
        rows: impact.cycles.map((c) => [
          c.cycleName,
          c.services,
          c.metPercent,
          c.reviewToCompletionDays.count,
          c.reviewToCompletionDays.median,
          c.reviewToCompletionDays.q1,
          c.reviewToCompletionDays.q3,
        ]),
      },
      {
        kind: 'table',
        title: 'Most improved standards',
        sheet: 'Improved',
        columns: MOVEMENT_COLUMNS,
        rows: movementRows(impact.mostImproved),
      },
      {
        kind: 'table',
        title: 'Standards most often still not met',
        sheet: 'Still not met',
        columns: MOVEMENT_COLUMNS,
        rows: movementRows(impact.mostOftenStillNotMet),
      },
      {
        kind: 'table',
        title: 'Services that moved recognition level',
        sheet: 'Level moves',
        columns: ['From', 'To', 'Moved up', 'Moved down', 'Stayed'],
        rows: impact.levelMoves.map((m) => [
          names.get(m.fromCycleId) ?? m.fromCycleId,
          names.get(m.toCycleId) ?? m.toCycleId,
          m.withheld ? null : m.up,
          m.withheld ? null : m.down,
          m.withheld ? null : m.same,
        ]),
      },
      ...(named.length > 0
        ? [
            {
              kind: 'table' as const,
              title: 'Level moves by service',
              sheet: 'Level moves',
              columns: ['Cycles', 'Service', 'From', 'To', 'Direction'],
              rows: named,
            },
          ]
        : []),
    ],
  };
}
