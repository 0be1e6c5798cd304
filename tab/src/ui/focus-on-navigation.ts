/**
 * After an in-app navigation the new page's heading takes focus, so keyboard and screen-reader users start
 * at the top of the new page. The first page load leaves focus alone.
 */
let pending = false;

export function requestFocusAfterNavigation(): void {
  pending = true;
}

export function takePendingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
