import { makeStyles, tokens } from '@fluentui/react-components';

/** The organisation and network views: their parts stacked with room between, headings without margins. */
export const useViewStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  heading: { margin: 0 },
});
