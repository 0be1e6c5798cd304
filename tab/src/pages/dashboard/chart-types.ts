/** One group of bars (a theme) with one value per series (a service, the network median...). */
export interface ChartGroup {
  readonly name: string;
  readonly values: readonly { readonly legend: string; readonly value: number | null }[];
}
