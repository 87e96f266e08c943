// Subtitle cues on a live stream's clock. A <track>'s cues are in the video's time; a remux or
// transcode restarted at ?start=T counts from 0 at T, so every cue moves back by T (and by the
// difference when the next seek restarts it elsewhere). Each cue remembers the shift it got: a
// track may load its cues again, as new cue objects.

const appliedOffsets = new WeakMap<TextTrackCue, number>();

export function alignCues(video: HTMLVideoElement, offset: number): void {
  for (const track of Array.from(video.textTracks)) {
    let moved = false;
    for (const cue of Array.from(track.cues ?? [])) {
      const shift = offset - (appliedOffsets.get(cue) ?? 0);
      if (shift === 0) continue;
      cue.startTime -= shift;
      cue.endTime -= shift;
      appliedOffsets.set(cue, offset);
      moved = true;
    }
    // Chromium keeps drawing a cue that was on screen before its times moved: redraw.
    if (moved && track.mode === 'showing') {
      track.mode = 'hidden';
      track.mode = 'showing';
    }
  }
}

/** A paused element picks its active cues only when its clock moves: a seek to where it is. */
export function refreshPausedCues(video: HTMLVideoElement): void {
  if (video.paused && Array.from(video.textTracks).some((t) => t.mode === 'showing')) video.currentTime = video.currentTime;
}
