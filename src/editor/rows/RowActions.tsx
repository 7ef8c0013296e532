/**
 * The per-row buttons: move up, move down, duplicate, remove. They are out of the Tab order so Tab walks from
 * cell to cell; the keyboard reaches the same commands through the shortcuts each button announces.
 */
import { memo } from 'react';
import { ROW_SHORTCUTS, type RowCommand } from './rowKeys';

// 16px stroke icons; text glyphs for "duplicate" are missing from many system fonts.
const ICONS = {
  moveUp: 'M8 13V3M4 7l4-4 4 4',
  moveDown: 'M8 3v10M4 9l4 4 4-4',
  duplicate: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  remove: 'M4 4l8 8M12 4l-8 8',
} as const;

const BUTTONS: { cmd: Exclude<RowCommand, 'enter'>; label: (n: string) => string }[] = [
  { cmd: 'moveUp', label: (n) => `Move ${n} up` },
  { cmd: 'moveDown', label: (n) => `Move ${n} down` },
  { cmd: 'duplicate', label: (n) => `Duplicate ${n}` },
  { cmd: 'remove', label: (n) => `Remove ${n}` },
];

/** Buttons for the row called `name` ("row 3", "goal 2"); `onCommand` runs one. */
export const RowActions = memo(function RowActions(props: {
  name: string;
  first: boolean;
  last: boolean;
  onCommand(cmd: RowCommand): void;
}) {
  return (
    <div className="row-actions" role="group" aria-label={`Actions for ${props.name}`}>
      {BUTTONS.map(({ cmd, label }) => (
        <button
          key={cmd}
          type="button"
          tabIndex={-1}
          className={cmd === 'remove' ? 'icon-button danger' : 'icon-button'}
          aria-label={label(props.name)}
          title={`${label(props.name)} (${ROW_SHORTCUTS[cmd].replace('Arrow', '')})`}
          aria-keyshortcuts={ROW_SHORTCUTS[cmd]}
          disabled={(cmd === 'moveUp' && props.first) || (cmd === 'moveDown' && props.last)}
          onClick={() => props.onCommand(cmd)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d={ICONS[cmd]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      ))}
    </div>
  );
});

/** The line under a table or list that tells keyboard users the shortcuts. */
export function ShortcutHint({ enter }: { enter: string }) {
  return (
    <p className="shortcut-hint">
      <kbd>Enter</kbd> {enter} · <kbd>Alt+↑/↓</kbd> move · <kbd>Alt+Shift+↓</kbd> duplicate ·{' '}
      <kbd>Alt+Shift+Backspace</kbd> remove
    </p>
  );
}
