/**
 * The per-row buttons: move up, move down, duplicate, remove. They are out of the Tab order so Tab walks from
 * cell to cell; the keyboard reaches the same commands through the shortcuts each button announces.
 */
import { memo } from 'react';
import { ROW_SHORTCUTS, type RowCommand } from './rowKeys';

const BUTTONS: { cmd: Exclude<RowCommand, 'enter'>; label: (n: string) => string; icon: string }[] = [
  { cmd: 'moveUp', label: (n) => `Move ${n} up`, icon: '↑' },
  { cmd: 'moveDown', label: (n) => `Move ${n} down`, icon: '↓' },
  { cmd: 'duplicate', label: (n) => `Duplicate ${n}`, icon: '⧉' },
  { cmd: 'remove', label: (n) => `Remove ${n}`, icon: '×' },
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
      {BUTTONS.map(({ cmd, label, icon }) => (
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
          <span aria-hidden="true">{icon}</span>
        </button>
      ))}
    </div>
  );
});

/** The line under a table or list that tells keyboard users the shortcuts. */
export function ShortcutHint({ enter }: { enter: string }) {
  return (
    <p className="shortcut-hint">
      <kbd>Enter</kbd> {enter} · <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> move · <kbd>Alt</kbd>+<kbd>Shift</kbd>+
      <kbd>↓</kbd> duplicate · <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Backspace</kbd> remove
    </p>
  );
}
