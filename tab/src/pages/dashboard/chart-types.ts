/** One group of bars (a theme) with one value per series (a service, the network median...). */
export interface ChartGroup {
  readonly name: string;
  readonly values: readonly {
    readonly legend: string;
    readonly value: number | null;
    /** What the bar's label says instead of the percentage, e.g. why a benchmark is withheld. */
    readonly text?: string;
  }[];
}

/** What a chart of percent scores draws, and where the page gives the same figures as text. */
export interface ThemeChartProps {
  readonly title: string;
  readonly groups: readonly ChartGroup[];
  /** A phrase completing "The same figures are in …", e.g. 'the table “Scores by theme” below'. */
  readonly sameFiguresIn: string;
}
