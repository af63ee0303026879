import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const OVERSCAN = 6;

/**
 * Renders only the rows in view (plus a few either side), so a list of thousands scrolls
 * and filters as fast as a list of twenty. Rows have one fixed height.
 */
export function VirtualList<T extends { id: number }>({
  items,
  rowHeight,
  height,
  label,
  renderRow,
}: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  label: string;
  renderRow: (item: T) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  // A new filter result starts at the top (the scroll event then updates scrollTop).
  useLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [items]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows = items.slice(first, last);

  return (
    <div
      ref={ref}
      className="vlist"
      style={{ height }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      role="list"
      aria-label={label}
      // Focusable, so the list scrolls with the keyboard (arrows, Page Up/Down) too.
      tabIndex={0}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        <div style={{ transform: `translateY(${first * rowHeight}px)` }}>
          {rows.map((item) => (
            <div
              key={item.id}
              role="listitem"
              className="vlist-row"
              style={{ height: rowHeight }}
              data-device-row
            >
              {renderRow(item)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
