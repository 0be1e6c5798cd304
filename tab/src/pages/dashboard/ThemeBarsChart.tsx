import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ChartGroup } from './chart-types';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * Percent scores as grouped bars (one group per theme, one bar per series). Loaded lazily: the Fluent chart
 * family and d3 are the heaviest part of the tab. The table next to every chart carries the same numbers.
 */
export default function ThemeBarsChart({ title, groups }: { title: string; groups: readonly ChartGroup[] }) {
  const styles = useStyles();
  const data: GroupedVerticalBarChartData[] = groups.map((group) => ({
    name: group.name,
    // A theme with nothing rated yet has no bar (a bar at 0 would read as "scored 0%").
    series: group.values.flatMap((value) =>
      value.value === null
        ? []
        : [
            {
              key: `${group.name}:${value.legend}`,
              legend: value.legend,
              data: value.value,
              yAxisCalloutData: `${value.value}%`,
            },
          ],
    ),
  }));
  return (
    <figure className={styles.figure}>
      <Text block as="strong" weight="semibold">
        <figcaption>{title}</figcaption>
      </Text>
      <GroupedVerticalBarChart
        data={data}
        height={320}
        yMaxValue={100}
        yMinValue={0}
        yAxisTitle="Score (%)"
        wrapXAxisLables
        roundCorners
      />
    </figure>
  );
}
