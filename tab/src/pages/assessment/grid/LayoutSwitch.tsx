import { makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { STANDARDS_LAYOUT_LABELS, STANDARDS_LAYOUTS, type StandardsLayout } from './standards-layout';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // On a phone the choices wrap rather than run off the screen.
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Cards or a grid: the person's choice, remembered for them. Pressed buttons, so it is never taken for a rating. */
export function LayoutSwitch({
  layout,
  onChange,
}: {
  layout: StandardsLayout;
  onChange: (layout: StandardsLayout) => void;
}) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.box}>
      <Text id={labelId}>Show the standards as</Text>
      <div role="group" aria-labelledby={labelId} className={styles.choices}>
        {STANDARDS_LAYOUTS.map((l) => (
          <ToggleButton key={l} size="small" checked={layout === l} onClick={() => onChange(l)}>
            {STANDARDS_LAYOUT_LABELS[l]}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}
