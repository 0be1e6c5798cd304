import { Link, type LinkProps } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { useRouter } from './router';
import { routeToUrl, type Route } from './routes';

/** A real link (new tab, copy address work) that navigates inside the app on a plain click. */
export function RouteLink({ to, onClick, ...props }: Omit<LinkProps, 'href'> & { to: Route }) {
  const { navigate } = useRouter();
  const href = routeToUrl(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement & HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <Link {...props} href={href} onClick={handleClick} />;
}
