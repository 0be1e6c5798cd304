import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  main: {
    maxWidth: '44rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  title: { margin: 0 },
});

/** A simple page for sign-in, consent and start-up problems (before the app's navigation exists). */
export function CenteredPanel({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.main} id="main">
      <Text block as="h1" size={700} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {children}
    </main>
  );
}
