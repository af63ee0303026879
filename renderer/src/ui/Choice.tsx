import type { InputHTMLAttributes, ReactNode } from 'react';

type ChoiceProps = { type: 'radio' | 'checkbox'; children: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
>;

/** A radio button or checkbox with its words beside it; the whole line is clickable. */
export function Choice({ children, ...input }: ChoiceProps) {
  return (
    <label className="choice">
      <input {...input} />
      <span>{children}</span>
    </label>
  );
}
