import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus to the result of an action (its status message, or the item it changed) once that result is on
 * the screen, so keyboard and screen-reader users land on what happened instead of on the page body when the
 * button they pressed disappears or the page re-renders.
 *
 * - `result`: focus moves each time it changes to something other than null or undefined (a notice, an error).
 * - `focusResult()`: asks for the same move from an event handler; it happens after the next render, when the
 *   element exists.
 *
 * The element given `ref` must be focusable: give it `tabIndex={-1}` when it is not a control.
 */
export function useResultFocus<T extends HTMLElement = HTMLElement>(result?: unknown) {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  const [requests, setRequests] = useState(0);
  const focusResult = useCallback(() => {
    pending.current = true;
    setRequests((n) => n + 1);
  }, []);
  useEffect(() => {
    if (result !== null && result !== undefined) pending.current = true;
  }, [result]);
  useEffect(() => {
    if (!pending.current || !ref.current) return;
    pending.current = false;
    ref.current.focus();
  });
  return { ref, focusResult, focusRequests: requests };
}
