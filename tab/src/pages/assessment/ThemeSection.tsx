import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { RouteLink } from '../../app/RouteLink';
import type { AssessmentPerson, Permission, Standard, Theme } from '../../api/types';
import { takePendingFocus } from '../../ui/focus-on-navigation';
import { AssigneeSelect, MIXED } from './AssigneeSelect';
import { LazyStandardsGrid } from './grid/LazyStandardsGrid';
import type { ConflictChoice, DraftEntry } from './response-drafts';
import type { ResponseFields } from './response-fields';
import { StandardCard } from './StandardCard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, outlineStyle: 'none' },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  assign: { maxWidth: '28rem' },
});

export interface ThemeSectionProps {
  readonly assessmentId: string;
  readonly theme: Theme;
  readonly standards: readonly Standard[];
  readonly entries: ReadonlyMap<string, DraftEntry>;
  readonly next: Theme | undefined;
  readonly focusStandard: string | undefined;
  /** One card per standard, or the compact grid (the person's choice). */
  readonly layout?: 'cards' | 'grid';
  /** Whether the person may rate each standard, and why not (from the API). */
  readonly rateOf: (code: string) => Permission;
  readonly nameOf: (personId: string | null) => string;
  readonly assignable: readonly AssessmentPerson[] | null;
  readonly onEdit: (code: string, patch: Partial<ResponseFields>, quick?: boolean) => void;
  readonly onLeaveField: (code: string) => void;
  readonly onResolve: (code: string, choice: ConflictChoice) => void;
  readonly onAssign: (
    target: { themeCode: string } | { standardCodes: string[] },
    personId: string | null,
  ) => Promise<void>;
}

function commonAssignee(entries: readonly DraftEntry[]): string | null {
  const ids = new Set(entries.map((e) => e.server.assigneeId));
  if (ids.size > 1) return MIXED;
  return [...ids][0] ?? null;
}

/** One theme: its standards in order, assignment of the whole theme, and the way on to the next theme. */
export function ThemeSection(props: ThemeSectionProps) {
  const { theme, standards, entries, assessmentId, focusStandard } = props;
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusStandard && props.layout === 'grid') return; // the grid opens and focuses the standard itself
    if (focusStandard) {
      const target = document.getElementById(`standard-${focusStandard}`);
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    } else if (takePendingFocus()) {
      heading.current?.focus();
    }
  }, [theme.code, focusStandard, props.layout]);

  const themeEntries = standards.flatMap((s) => entries.get(s.code) ?? []);
  return (
    <section className={styles.section} aria-labelledby={`theme-${theme.code}-title`}>
      <div>
        <Text
          block
          as="h2"
          size={600}
          weight="semibold"
          id={`theme-${theme.code}-title`}
          className={styles.heading}
          ref={heading}
          tabIndex={-1}
        >
          Theme {theme.code}: {theme.title}
        </Text>
        <Text block as="p" className={styles.description}>
          {theme.description}
        </Text>
      </div>
      {props.assignable ? (
        <div className={styles.assign}>
          <AssigneeSelect
            label={`Who works on theme ${theme.code}`}
            people={props.assignable}
            value={commonAssignee(themeEntries)}
            onAssign={(personId) => props.onAssign({ themeCode: theme.code }, personId)}
          />
        </div>
      ) : null}
      {props.layout === 'grid' ? (
        <LazyStandardsGrid
          caption={`Standards of theme ${theme.code}`}
          standards={standards}
          entries={entries}
          focusStandard={focusStandard}
          rateOf={props.rateOf}
          nameOf={props.nameOf}
          assignable={props.assignable}
          onEdit={props.onEdit}
          onLeaveField={props.onLeaveField}
          onResolve={props.onResolve}
          onAssign={(code, personId) => props.onAssign({ standardCodes: [code] }, personId)}
        />
      ) : (
        <ol className={styles.list} aria-label={`Standards of theme ${theme.code}`}>
          {standards.map((standard) => {
            const entry = entries.get(standard.code);
            if (!entry) return null;
            return (
              <li key={standard.code}>
                <StandardCard
                  standard={standard}
                  entry={entry}
                  rate={props.rateOf(standard.code)}
                  nameOf={props.nameOf}
                  assignable={props.assignable}
                  onEdit={(patch, quick) => props.onEdit(standard.code, patch, quick)}
                  onLeaveField={() => props.onLeaveField(standard.code)}
                  onResolve={(choice) => props.onResolve(standard.code, choice)}
                  onAssign={(personId) => props.onAssign({ standardCodes: [standard.code] }, personId)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <Text>
        {props.next ? (
          <RouteLink to={{ page: 'assessment', assessmentId, themeCode: props.next.code }}>
            Next: theme {props.next.code}, {props.next.title}
          </RouteLink>
        ) : (
          <RouteLink to={{ page: 'assessment', assessmentId, view: 'submit' }}>Next: check and submit</RouteLink>
        )}
      </Text>
    </section>
  );
}
