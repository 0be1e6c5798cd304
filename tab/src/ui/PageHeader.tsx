import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { takePendingFocus } from './focus-on-navigation';
import { NARROW_SCREEN } from './narrow-screen';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    [NARROW_SCREEN]: { gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  },
  title: {
    margin: 0,
    outlineStyle: 'none',
    overflowWrap: 'anywhere',
    // On a phone a long title ("Self-assessment: <service>") takes two lines, not four.
    [NARROW_SCREEN]: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  subtitle: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Mind & Body QIN`;
    if (takePendingFocus()) heading.current?.focus();
  }, [title]);
  return (
    <div className={styles.header}>
      <div>
        <Text block as="h1" size={700} weight="semibold" className={styles.title} ref={heading} tabIndex={-1}>
          {title}
        </Text>
        {subtitle ? <Text className={styles.subtitle}>{subtitle}</Text> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
}
