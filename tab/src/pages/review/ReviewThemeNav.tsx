import { StepNav } from '../shared/StepNav';

export interface ReviewThemeProgress {
  readonly code: string;
  readonly title: string;
  readonly rated: number;
  readonly total: number;
}

/** The themes in order, each with how many standards this reviewer has rated, as the self-assessment shows them. */
export function ReviewThemeNav({
  assessmentId,
  themes,
  currentTheme,
}: {
  assessmentId: string;
  themes: readonly ReviewThemeProgress[];
  currentTheme: string | undefined;
}) {
  return (
    <StepNav
      label="Themes"
      steps={themes.map(({ code, title, rated, total }) => ({
        key: code,
        label: `${code}. ${title}`,
        to: { page: 'review', assessmentId, themeCode: code },
        detail: `You have rated ${rated} of ${total}`,
        current: code === currentTheme,
      }))}
    />
  );
}
