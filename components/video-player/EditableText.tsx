'use client';
// A value its owner may change in place (title, description, external link): shown as text
// with an Edit button; editing opens a field with Save and Cancel. Esc cancels.
import { Pencil } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { fieldClass, primaryButton, quietButton } from './Section';

interface Props {
  label: string;
  value: string;
  /** How the saved value reads (e.g. a link); defaults to the text. */
  display?: ReactNode;
  /** Show `display` also while the value is empty (a title falls back to the file name). */
  keepDisplay?: boolean;
  placeholder: string;
  multiline?: boolean;
  type?: 'text' | 'url';
  canEdit: boolean;
  pending: boolean;
  error?: string | null;
  /** `close` ends editing: call it when the change was saved (a refusal keeps the field open with its error). */
  onSave: (value: string, close: () => void) => void;
  testId?: string;
}

export function EditableText({ label, value, display, keepDisplay, placeholder, multiline, type = 'text', canEdit, pending, error, onSave, testId }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div className="flex min-w-0 items-start gap-2" data-testid={testId}>
        <div className="min-w-0 break-words">{value || keepDisplay ? (display ?? value) : <span className="text-neutral-400">{canEdit ? placeholder : '—'}</span>}</div>
        {canEdit && (
          <button type="button" className={`${quietButton} shrink-0`} onClick={() => setDraft(value)} aria-label={`Edit ${label.toLowerCase()}`}>
            <Pencil aria-hidden size={14} />
          </button>
        )}
      </div>
    );
  }
  const common = {
    value: draft,
    'aria-label': label,
    className: fieldClass,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => e.key === 'Escape' && setDraft(null),
  };
  return (
    <form
      className="grid gap-2"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft.trim(), () => setDraft(null));
      }}
    >
      {multiline ? <textarea {...common} rows={4} maxLength={5000} /> : <input {...common} type={type} maxLength={2000} />}
      <span className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={pending}>
          Save
        </button>
        <button type="button" className={quietButton} onClick={() => setDraft(null)}>
          Cancel
        </button>
      </span>
      {error && draft !== null && (
        <p role="alert" className="text-sm text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
