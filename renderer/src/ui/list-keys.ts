import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * Keyboard for a list of options (the listbox pattern with a roving tab stop): Up and Down
 * step, Home and End jump, Enter or Space picks (they are buttons). The list is one Tab
 * stop: the option last focused, else the selected one, else the first.
 *
 * Spread the result on the element with role="listbox"; its options need role="option"
 * and aria-selected. Tab stops live in the DOM, not in props, so a re-render never leaves
 * two of them.
 */
export function useListboxKeys<T extends HTMLElement>() {
  const ref = useRef<T>(null);

  // After every render: options may have come, gone or changed selection.
  useLayoutEffect(() => {
    if (ref.current) moveTabStop(ref.current);
  });

  const onFocus = useCallback((event: FocusEvent<T>) => {
    moveTabStop(event.currentTarget, event.target);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<T>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const options = optionsIn(event.currentTarget);
    const from = options.findIndex((option) => option.contains(document.activeElement));
    const to = targetIndex(event.key, from, options.length);
    if (to === undefined) return;
    event.preventDefault();
    options[to]?.focus();
  }, []);

  return { ref, onFocus, onKeyDown };
}

function optionsIn(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('[role="option"]')].filter(
    (option) => !option.matches(':disabled'),
  );
}

function moveTabStop(list: HTMLElement, preferred?: EventTarget): void {
  const options = optionsIn(list);
  const stop =
    options.find((option) => option === preferred) ??
    options.find((option) => option === document.activeElement) ??
    options.find((option) => option.getAttribute('aria-selected') === 'true') ??
    options[0];
  for (const option of options) option.tabIndex = option === stop ? 0 : -1;
}

function targetIndex(key: string, from: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return from < 0 ? 0 : Math.min(from + 1, count - 1);
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
