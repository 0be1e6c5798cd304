import type { AssessmentView } from '../../app/routes';
import type { Theme } from '../../api/types';
import { StepNav } from '../shared/StepNav';

export interface ThemeProgress {
  readonly theme: Theme;
  readonly rated: number;
  readonly total: number;
}

/** The themes in order, each with how much is rated, then the evidence library and the "check and submit" step. */
export function ThemeNav({
  assessmentId,
  themes,
  currentTheme,
  view,
}: {
  assessmentId: string;
  themes: readonly ThemeProgress[];
  currentTheme: string | undefined;
  view: AssessmentView | undefined;
}) {
  return (
    <StepNav
      label="Themes"
      steps={[
        ...themes.map(({ theme, rated, total }) => ({
          key: theme.code,
          label: `${theme.code}. ${theme.title}`,
          to: { page: 'assessment' as const, assessmentId, themeCode: theme.code },
          detail: `${rated} of ${total} rated`,
          current: view === undefined && theme.code === currentTheme,
        })),
        {
          key: 'evidence',
          label: 'Evidence library',
          to: { page: 'assessment', assessmentId, view: 'evidence' },
          detail: 'Every file, and the standards it supports',
          current: view === 'evidence',
        },
        {
          key: 'submit',
          label: 'Check and submit',
          to: { page: 'assessment', assessmentId, view: 'submit' },
          detail: 'What is missing, and your recognition level',
          current: view === 'submit',
        },
      ]}
    />
  );
}
