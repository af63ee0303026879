import type { InputHTMLAttributes, ReactNode } from 'react';

type ChoiceProps = { type: 'radio' | 'checkbox'; children: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
>;

/**
 * A radio button or checkbox with its words beside it; the whole line is clickable.
 * `className` styles that line (the label), e.g. as a card.
 */
export function Choice({ children, className, ...input }: ChoiceProps) {
  return (
    <label className={className ? `choice ${className}` : 'choice'}>
      <input {...input} />
      <span>{children}</span>
    </label>
  );
}
