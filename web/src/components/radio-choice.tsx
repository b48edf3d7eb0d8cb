// A row of radio buttons for one choice; each option is its own label, so
// the whole text is a 44 px tall click target. `value` null: none chosen yet
// (a choice the person must make themselves, like a rating).
import type { ReactNode } from 'react';

interface RadioChoiceProps<T extends string> {
  name: string;
  value: T | null;
  options: readonly (readonly [T, ReactNode])[];
  onChange(value: T): void;
}

export function RadioChoice<T extends string>({
  name,
  value,
  options,
  onChange,
}: RadioChoiceProps<T>) {
  return (
    <div className="choice">
      {options.map(([option, label]) => (
        <label key={option} className="choice__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}
