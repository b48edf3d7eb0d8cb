// A small form's text fields: their values, their messages, and `bind`,
// which wires one field to a TextField (typing clears that field's message).
import { useState } from 'react';

export function useFields<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const bind = (field: F) => ({
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
  });
  return { values, setValues, errors, setErrors, bind };
}
