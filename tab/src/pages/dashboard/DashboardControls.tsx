import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { DashboardView, Route } from '../../app/routes';
import type { Cycle } from '../../api/types';
import { ViewSwitch } from './ViewSwitch';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
});

/** Above every view: which view (when the person may see more than one) and which cycle. */
export function DashboardControls({
  views,
  view,
  route,
  cycles,
  cycleId,
  onPickCycle,
}: {
  views: readonly DashboardView[];
  view: DashboardView;
  route: Extract<Route, { page: 'dashboard' }>;
  cycles: readonly Cycle[];
  cycleId: string | undefined;
  onPickCycle: (cycleId: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.controls}>
      {views.length > 1 ? <ViewSwitch views={views} current={view} route={route} /> : <span />}
      <Field label="Cycle">
        <Select value={cycleId ?? ''} onChange={(_, data) => onPickCycle(data.value)}>
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
