/**
 * Keeps a CSS property of one element equal to another element's rendered height (px, rounded up), through a
 * ResizeObserver: the sticky header's height as the page's `--header-h`, a long table's sticky header row as
 * its scroller's top scroll padding. The property is removed again when the hook stops (unmount, or
 * `enabled` turning false).
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useHeightAsStyle(source: RefObject<HTMLElement | null>, target: () => HTMLElement | null, property: string, enabled = true): void {
  useLayoutEffect(() => {
    const from = source.current;
    const to = target();
    if (!enabled || !from || !to) return;
    const apply = () => {
      const px = `${Math.ceil(from.getBoundingClientRect().height)}px`;
      if (to.style.getPropertyValue(property) !== px) to.style.setProperty(property, px);
    };
    apply();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(apply);
    observer?.observe(from);
    return () => {
      observer?.disconnect();
      to.style.removeProperty(property);
    };
    // `target` is read when the effect runs: callers pass a function over a ref or the document.
  }, [enabled, property, source]);
}
