import { Link } from '@fluentui/react-components';
import type { AriaAttributes, MouseEvent, ReactNode } from 'react';
import { requestFocusAfterNavigation } from '../ui/focus-on-navigation';
import { useRouter } from './router';
import { routeToUrl, type Route } from './routes';

export interface RouteLinkProps {
  readonly to: Route;
  readonly children: ReactNode;
  readonly className?: string;
  readonly inline?: boolean;
  readonly 'aria-current'?: AriaAttributes['aria-current'];
  readonly 'aria-label'?: string;
  readonly 'aria-describedby'?: string;
}

/** A real link (new tab, copy address work) that navigates inside the app on a plain click. */
export function RouteLink({ to, ...props }: RouteLinkProps) {
  const { navigate } = useRouter();
  const href = routeToUrl(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    requestFocusAfterNavigation();
    navigate(to);
  };
  return <Link {...props} href={href} onClick={handleClick} />;
}
