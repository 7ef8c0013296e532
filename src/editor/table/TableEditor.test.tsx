// @vitest-environment jsdom
/**
 * Per-row subscription: editing one cell re-renders that row only, and moving a row re-renders only the rows
 * whose position changed. Renders are counted per row through the cell component each row renders.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptySpec, fieldByPath } from '../../spec';
import { docFor, useSpecStore } from '../../store/store';
import { sectionChecks } from '../form/checks';
import { FieldCheckContext, useSectionForm } from '../form/useSectionForm';

const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./TableCell', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./TableCell')>();
  return {
    TableCell(props: Parameters<typeof actual.TableCell>[0]) {
      // One count per row render: every row render renders its first cell once.
      if (props.column.key === 'variable') renders.set(props.rowId, (renders.get(props.rowId) ?? 0) + 1);
      return actual.TableCell(props);
    },
  };
});

const { TableEditor } = await import('./TableEditor');
const ENV = 'configuration.envVars';

function Form() {
  const api = useSectionForm('configuration', sectionChecks('configuration'));
  return (
    <FieldCheckContext.Provider value={api}>
      <TableEditor field={fieldByPath(ENV)} />
    </FieldCheckContext.Provider>
  );
}

beforeEach(() => {
  const spec = createEmptySpec('X');
  spec.configuration.envVars = ['ALPHA', 'BETA', 'GAMMA'].map((variable) => ({ variable, default: '', description: '' }));
  useSpecStore.setState(docFor(spec));
  render(<Form />);
  renders.clear();
});
afterEach(cleanup);

const rowCounts = () => useSpecStore.getState().rowIds[ENV]!.map((id) => renders.get(id) ?? 0);

describe('TableEditor rendering', () => {
  it('re-renders only the edited row when a cell changes', () => {
    fireEvent.change(screen.getByRole('textbox', { name: 'Variable, row 2' }), { target: { value: 'BETA_2' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Description, row 2' }), { target: { value: 'second' } });
    expect(useSpecStore.getState().spec.configuration.envVars[1]).toEqual({ variable: 'BETA_2', default: '', description: 'second' });
    expect(rowCounts()).toEqual([0, 2, 0]);
  });

  it('re-renders only the rows whose place changed when a row moves', () => {
    const gamma = useSpecStore.getState().rowIds[ENV]![2]!;
    act(() => useSpecStore.getState().moveRow(ENV, gamma, -1));
    expect(screen.getByRole('textbox', { name: 'Variable, row 2' })).toHaveProperty('value', 'GAMMA');
    const [alpha, , beta] = useSpecStore.getState().rowIds[ENV]!;
    expect(renders.get(alpha!) ?? 0).toBe(0);
    expect(renders.get(gamma)).toBe(1);
    expect(renders.get(beta!)).toBe(1);
  });

  it('shows a column check only after the cell was touched', async () => {
    const cell = screen.getByRole('textbox', { name: 'Variable, row 1' });
    fireEvent.change(cell, { target: { value: 'not snake' } });
    expect(screen.queryByText(/UPPER_SNAKE_CASE/)).toBeNull();
    fireEvent.blur(cell);
    expect(await screen.findByText('Use UPPER_SNAKE_CASE, e.g. LOG_LEVEL')).toBeTruthy();
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(cell, { target: { value: 'GAMMA' } });
    expect(await screen.findByText('The variable "GAMMA" appears more than once')).toBeTruthy();
  });
});
