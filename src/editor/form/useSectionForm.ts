/**
 * The shared hook that wires react-hook-form + zodResolver to the store. The store stays the only source of
 * values: the resolver ignores react-hook-form's copy and validates what the store holds, so react-hook-form
 * keeps only what it is good at, touched state and error messages, each field subscribing to its own.
 */
import { createContext, useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useSpecStore } from '../../store/store';
import { formValues } from './formValues';

/** What a field needs to report touch and show its message; stable for the life of the form. */
export interface FieldCheckApi {
  control: ReturnType<typeof useForm>['control'];
  /** Marks `name` touched and validates it. */
  touch(name: string): void;
  /** Validates `name` again if it was touched (after an edit). */
  revalidate(name: string): void;
}

/** Present inside a section form; null outside one (then fields show no checks). */
export const FieldCheckContext = createContext<FieldCheckApi | null>(null);

/** A react-hook-form instance for the form `formKey`, validated by `schema` against the store's values. */
export function useSectionForm(formKey: string, schema: z.ZodType): FieldCheckApi {
  const resolver = useMemo<Resolver<FieldValues>>(() => {
    const inner = zodResolver(schema as never) as unknown as Resolver<FieldValues>;
    return (_ignored, context, options) => inner(formValues(useSpecStore.getState(), formKey), context, options);
  }, [formKey, schema]);
  const form = useForm<FieldValues>({ mode: 'onTouched', resolver });
  const { control, setValue, trigger, getFieldState } = form;
  return useMemo(
    () => ({
      control,
      touch: (name) => {
        if (!getFieldState(name).isTouched) setValue(name, undefined, { shouldTouch: true });
        void trigger(name);
      },
      revalidate: (name) => {
        if (getFieldState(name).isTouched) void trigger(name);
      },
    }),
    [control, setValue, trigger, getFieldState],
  );
}
