import { Field, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import { STANDARDS_LAYOUT_LABELS, STANDARDS_LAYOUTS, type StandardsLayout } from './standards-layout';

const useStyles = makeStyles({
  // On a phone the choices wrap rather than run off the screen.
  choices: { flexWrap: 'wrap' },
});

/** Cards or a grid: the person's choice, remembered for them. */
export function LayoutSwitch({
  layout,
  onChange,
}: {
  layout: StandardsLayout;
  onChange: (layout: StandardsLayout) => void;
}) {
  const styles = useStyles();
  return (
    <Field label="Show the standards as">
      <RadioGroup
        layout="horizontal"
        className={styles.choices}
        value={layout}
        onChange={(_, data) => {
          const chosen = STANDARDS_LAYOUTS.find((l) => l === data.value);
          if (chosen) onChange(chosen);
        }}
      >
        {STANDARDS_LAYOUTS.map((l) => (
          <Radio key={l} value={l} label={STANDARDS_LAYOUT_LABELS[l]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
