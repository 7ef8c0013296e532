/** A field's check state: its message (only once touched) and the handlers that report touch and edits. */
import { useContext, useMemo } from 'react';
import { createFormControl, get, useFormState } from 'react-hook-form';
import { FieldCheckContext } from './useSectionForm';

export interface FieldCheck {
  /** The message to show, or undefined while the field is untouched or valid. */
  error: string | undefined;
  onBlur(): void;
  /** Call after the value changed in the store. */
  afterChange(): void;
}

// Fields rendered outside a section form (tests, previews) subscribe to an idle control that never reports.
let idleControl: ReturnType<typeof createFormControl>['control'] | null = null;

/** Check state of the form field `name` (`envVars.r12.variable`, `meta.lastUpdated`). */
export function useFieldCheck(name: string): FieldCheck {
  const api = useContext(FieldCheckContext);
  const control = api?.control ?? (idleControl ??= createFormControl().control);
  const { errors, touchedFields } = useFormState({ control, name, exact: true });
  const touched = Boolean(get(touchedFields, name));
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const handlers = useMemo(
    () => ({ onBlur: () => api?.touch(name), afterChange: () => api?.revalidate(name) }),
    [api, name],
  );
  return { error: touched ? message : undefined, ...handlers };
}
