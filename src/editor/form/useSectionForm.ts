/**
 * The shared hook that wires react-hook-form + zodResolver to the store. The store stays the only source of
 * values: the resolver ignores react-hook-form's copy and validates what the store holds, so react-hook-form
 * keeps only what it is good at, touched state and error messages, each field subscribing to its own.
 */
import { createContext, useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useSpecStore } from '../../store/store';
import type { FormChecks } from './checks';
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

/**
 * A react-hook-form instance for the form `formKey`, validated by `checks` against the store's values. A
 * validation of some fields checks only the subsections they belong to.
 */
export function useSectionForm(formKey: string, checks: FormChecks): FieldCheckApi {
  const resolver = useMemo<Resolver<FieldValues>>(() => {
    const resolvers = new Map<string, Resolver<FieldValues>>();
    const resolverFor = (keys: string[]) => {
      const id = keys.join(' ');
      let r = resolvers.get(id);
      if (!r) {
        const shape = Object.fromEntries(keys.map((k) => [k, checks[k]!]));
        r = zodResolver(z.looseObject(shape) as never) as unknown as Resolver<FieldValues>;
        resolvers.set(id, r);
      }
      return r;
    };
    return (_ignored, context, options) => {
      const all = Object.keys(checks);
      const named = options.names?.map((n) => String(n).split('.')[0]!);
      const keys = named?.length ? all.filter((k) => named.includes(k)) : all;
      const values = formValues(useSpecStore.getState(), formKey, keys);
      return resolverFor(keys)(values, context, options);
    };
  }, [formKey, checks]);
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
