'use client';
// A control-bar button that opens a small panel of choices above it (speed, subtitles,
// chapters). Closes on Esc (focus back on the button), on a click outside and after a choice.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

const PopoverClose = createContext<() => void>(() => undefined);

interface Props {
  label: string;
  /** What the button shows (an icon or a short text); `label` is its accessible name. */
  face: ReactNode;
  children: ReactNode;
  testId?: string;
  /** The face carries the name itself (visible text plus sr-only words): no aria-label over it. */
  namedByFace?: boolean;
}

export const controlButton = 'flex h-10 min-w-10 items-center justify-center rounded px-2 text-neutral-100 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-sky-400';

export function Popover({ label, face, children, testId, namedByFace }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="relative">
      <button ref={button} type="button" className={controlButton} aria-label={namedByFace ? undefined : label} aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)} data-testid={testId}>
        {face}
      </button>
      <div
        ref={panel}
        id={id}
        role="group"
        aria-label={label}
        hidden={!open}
        className="absolute right-0 bottom-full z-30 mb-2 max-h-72 w-56 overflow-auto rounded-md border border-neutral-700 bg-neutral-900 py-1 text-sm shadow-xl"
      >
        <PopoverClose.Provider value={close}>{open && children}</PopoverClose.Provider>
      </div>
    </div>
  );
}

/** One choice in a Popover: pressed when it is the current one; choosing closes the panel. */
export function Choice({ selected, onSelect, children, testId }: { selected: boolean; onSelect: () => void; children: ReactNode; testId?: string }) {
  const close = useContext(PopoverClose);
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={() => {
        onSelect();
        close();
      }}
      data-testid={testId}
      className={`flex w-full items-center gap-2 px-3 py-1.5 text-left hover:bg-white/10 focus-visible:bg-white/10 focus-visible:outline-none ${selected ? 'font-semibold text-sky-300' : 'text-neutral-100'}`}
    >
      {children}
    </button>
  );
}
