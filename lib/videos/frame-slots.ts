// Frame stills this process is extracting from originals right now. A still decodes from the
// keyframe before the asked time at full resolution — seconds of a core for a long GOP of 4K —
// so a burst of "save this frame" clicks must not take the box: at most MAX_FRAME_EXTRACTIONS at
// once, the next asker is told to come back. Kept on globalThis: Next's route bundles each
// have their own module copies.
export const MAX_FRAME_EXTRACTIONS = 2;

const holder = globalThis as unknown as { shoeboxFrameSlots?: { busy: number } };
const slots = (holder.shoeboxFrameSlots ??= { busy: 0 });

/** Takes a slot; null when every slot is taken. The returned release gives it back (once). */
export function claimFrameSlot(): (() => void) | null {
  if (slots.busy >= MAX_FRAME_EXTRACTIONS) return null;
  slots.busy += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots.busy -= 1;
  };
}
