import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** Which items the keys move between, along which axis, and whether focus also picks. */
interface RovingKind {
  role: 'option' | 'tab';
  previous: string;
  next: string;
  /** Tabs switch as focus lands on them; options wait for Enter or Space. */
  pickOnFocus: boolean;
}

const LISTBOX: RovingKind = {
  role: 'option',
  previous: 'ArrowUp',
  next: 'ArrowDown',
  pickOnFocus: false,
};

const TABLIST: RovingKind = {
  role: 'tab',
  previous: 'ArrowLeft',
  next: 'ArrowRight',
  pickOnFocus: true,
};

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
  return useRovingKeys<T>(LISTBOX);
}

/** The same for a row of tabs: Left and Right (Home, End) move to a tab and open it. */
export function useTabListKeys<T extends HTMLElement>() {
  return useRovingKeys<T>(TABLIST);
}

function useRovingKeys<T extends HTMLElement>(kind: RovingKind) {
  const ref = useRef<T>(null);

  // After every render: items may have come, gone or changed selection.
  useLayoutEffect(() => {
    if (ref.current) moveTabStop(ref.current, kind);
  });

  const onFocus = useCallback(
    (event: FocusEvent<T>) => moveTabStop(event.currentTarget, kind, event.target),
    [kind],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const items = itemsIn(event.currentTarget, kind);
      const from = items.findIndex((item) => item.contains(document.activeElement));
      const to = targetIndex(kind, event.key, from, items.length);
      const target = to === undefined ? undefined : items[to];
      if (!target) return;
      event.preventDefault();
      target.focus();
      if (kind.pickOnFocus && target.getAttribute('aria-selected') !== 'true') {
        target.click();
      }
    },
    [kind],
  );

  return { ref, onFocus, onKeyDown };
}

function itemsIn(container: HTMLElement, kind: RovingKind): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(`[role="${kind.role}"]`)].filter(
    (item) => !item.matches(':disabled'),
  );
}

function moveTabStop(container: HTMLElement, kind: RovingKind, preferred?: EventTarget): void {
  const items = itemsIn(container, kind);
  const stop =
    items.find((item) => item === preferred) ??
    items.find((item) => item === document.activeElement) ??
    items.find((item) => item.getAttribute('aria-selected') === 'true') ??
    items[0];
  for (const item of items) item.tabIndex = item === stop ? 0 : -1;
}

function targetIndex(
  kind: RovingKind,
  key: string,
  from: number,
  count: number,
): number | undefined {
  if (count === 0) return undefined;
  if (key === kind.next) return from < 0 ? 0 : Math.min(from + 1, count - 1);
  if (key === kind.previous) return from < 0 ? 0 : Math.max(from - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
