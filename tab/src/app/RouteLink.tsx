import { Link, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { AriaAttributes, MouseEvent, ReactNode } from 'react';
import { requestFocusAfterNavigation } from '../ui/focus-on-navigation';
import { useRouter } from './router';
import { routeToUrl, type Route } from './routes';

export interface RouteLinkProps {
  readonly to: Route;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-current'?: AriaAttributes['aria-current'];
  readonly 'aria-label'?: string;
  readonly 'aria-describedby'?: string;
}

const useStyles = makeStyles({
  // WCAG 2.2 target size: at least 24 x 24 CSS pixels, also for short links such as standard codes.
  target: { display: 'inline-block', minHeight: '24px', minWidth: '24px', lineHeight: '24px' },
});

/** A real link (new tab, copy address work) that navigates inside the app on a plain click. */
export function RouteLink({ to, className, ...props }: RouteLinkProps) {
  const styles = useStyles();
  const { navigate } = useRouter();
  const href = routeToUrl(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    requestFocusAfterNavigation();
    navigate(to);
  };
  return <Link {...props} className={mergeClasses(styles.target, className)} href={href} onClick={handleClick} />;
}
