import { useCallback, useMemo, useState } from 'react';
import type { FieldInfo } from './errors';

/**
 * A form's errors by field: shown next to each field at once, and each cleared as soon as its
 * input changes. `fields` names the form's fields for the error mapping (label, currency).
 */
export function useFieldErrors<K extends string>(fields: Record<K, FieldInfo>) {
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const clear = useCallback(
    (key: K) =>
      setErrors((current) => {
        if (!(key in current)) return current;
        const next = { ...current };
        delete next[key];
        return next;
      }),
    [],
  );
  return useMemo(
    () => ({
      fields,
      errors,
      set: (next: Record<string, string>) => setErrors(next as Partial<Record<K, string>>),
      clear,
      /** A field's error, and an onChange that clears it before passing the value on. */
      bind<V>(key: K, onChange: (value: V) => void) {
        return {
          error: errors[key],
          onChange: (value: V) => {
            clear(key);
            onChange(value);
          },
        };
      },
    }),
    [fields, errors, clear],
  );
}

export type FieldErrors = ReturnType<typeof useFieldErrors>;
