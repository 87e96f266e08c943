// One video page's player, outside React: it owns the <video> element's source (direct, or a
// live stream reloaded at ?start= for seeks — stream-timeline.ts), the real time line, the
// watched-time count for play reports, volume memory and fullscreen. Components read its
// snapshot through useSyncExternalStore (use-player.ts) and call its methods; lists elsewhere
// on the page (markers, chapters, comments) seek through it.
import { clampTime, frameStep, isLiveStream, planSeek, realTime, streamUrl, watchedDelta, type StreamPosition } from './stream-timeline';
import { describeMediaError, supportsHevc } from './media-support';
import { alignCues, refreshPausedCues } from './text-track-offsets';
import { readVolume, saveVolume } from './volume-memory';

export interface PlayerSnapshot {
  /** Seconds into the video (real time, also for a live stream that started later). */
  time: number;
  duration: number;
  paused: boolean;
  /** Waiting for data: a reload after a seek, a stall. */
  waiting: boolean;
  ended: boolean;
  volume: number;
  muted: boolean;
  rate: number;
  /** null until the first answer told us; then direct or live (remux/transcode). */
  live: boolean | null;
  /** Autoplay was refused (no user gesture yet): the big play button shows. */
  blocked: boolean;
  error: string | null;
  fullscreen: boolean;
}

export interface PlayerOptions {
  assetId: string;
  /** The whole video's length from its details (a live stream's own duration only grows). */
  durationSeconds: number | null;
  /** Where to start: this user's resume point, or 0. */
  startAt: number;
  fps: number | null;
  /** Play as soon as it can (the default); false waits for the user (safe-for-work: "Play?"). */
  autoplay?: boolean;
}

export class PlayerController extends EventTarget {
  private video: HTMLVideoElement | null = null;
  private container: HTMLElement | null = null;
  private position: StreamPosition = { live: false, offset: 0 };
  private detected = false;
  /** Shown as the time while a stream (re)loads; cleared once frames arrive. */
  private pendingTime: number | null;
  private lastClock: number | null = null;
  private stalled = false;
  /**
   * What the user asked for: play (also the page's autoplay) or pause. The button and the
   * reloads follow it, not the element's own flag, which is briefly "paused" while a stream
   * loads: a pause pressed during a load is kept, and a seek while playing plays on.
   */
  private wantsPlay: boolean;
  private watched = 0;
  private snapshot: PlayerSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(readonly options: PlayerOptions) {
    super();
    this.wantsPlay = options.autoplay ?? true;
    this.pendingTime = options.startAt;
    this.snapshot = {
      time: options.startAt,
      duration: options.durationSeconds ?? 0,
      paused: !this.wantsPlay, // the page plays as soon as it can (wantsPlay)
      waiting: true,
      ended: false,
      volume: 1,
      muted: false,
      rate: 1,
      live: null,
      blocked: false,
      error: null,
      fullscreen: false,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Binds the element (Player's effect); returns the unbinding. */
  attach(video: HTMLVideoElement, container: HTMLElement): () => void {
    this.video = video;
    this.container = container;
    const saved = readVolume();
    video.volume = saved.volume;
    video.muted = saved.muted;
    const events = ['timeupdate', 'play', 'pause', 'playing', 'waiting', 'seeking', 'seeked', 'volumechange', 'ratechange', 'loadedmetadata', 'durationchange', 'ended', 'error', 'canplay', 'loadeddata'];
    const onEvent = (event: Event) => this.onMediaEvent(event.type);
    for (const type of events) video.addEventListener(type, onEvent);
    const onFullscreen = () => this.update({ fullscreen: document.fullscreenElement === container });
    document.addEventListener('fullscreenchange', onFullscreen);
    video.src = streamUrl(this.options.assetId, this.options.startAt, supportsHevc());
    return () => {
      for (const type of events) video.removeEventListener(type, onEvent);
      document.removeEventListener('fullscreenchange', onFullscreen);
      video.removeAttribute('src');
      video.load(); // ends a live stream's request, so the server stops its ffmpeg
      this.video = null;
    };
  }

  /** Real seconds into the video, now. */
  time(): number {
    if (this.pendingTime !== null || !this.video) return this.pendingTime ?? 0;
    return realTime(this.position, this.video.currentTime);
  }

  duration(): number {
    const known = this.options.durationSeconds;
    if (known && known > 0) return known;
    const own = this.video?.duration ?? 0;
    return !this.position.live && Number.isFinite(own) ? own : 0;
  }

  /** The play's watched seconds so far (played time, not seeks). */
  watchedSeconds(): number {
    return this.watched;
  }

  /** A new play (after the video ended and starts again): its watched time starts at 0. */
  resetWatched(): void {
    this.watched = 0;
  }

  seek(seconds: number): void {
    const video = this.video;
    if (!video) return;
    const target = clampTime(seconds, this.duration());
    this.lastClock = null;
    if (!this.detected) return this.restart(target); // not known yet whether it is the file or a live stream
    const plan = planSeek(this.position, target, video.seekable);
    if (plan.kind === 'native') {
      video.currentTime = plan.currentTime; // the element's clock reads the target at once
      this.pendingTime = null;
    }
    else this.reload(plan.start);
    this.update({ time: target, ended: false });
  }

  seekBy(delta: number): void {
    this.seek(this.time() + delta);
  }

  togglePlay(): void {
    if (!this.video) return;
    if (this.wantsPlay && !this.video.ended) this.pause();
    else this.play();
  }

  play(): void {
    const video = this.video;
    if (!video) return;
    this.wantsPlay = true;
    this.update({ paused: false });
    if (video.ended && this.position.live) return this.reload(0);
    if (video.ended) video.currentTime = 0;
    video.play().then(
      () => this.update({ blocked: false }),
      (error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'NotAllowedError')) return; // AbortError: a pause or a new source came first
        this.wantsPlay = false;
        this.update({ blocked: true, paused: true });
      },
    );
  }

  pause(): void {
    this.wantsPlay = false;
    this.video?.pause();
    this.update({ paused: true });
  }

  setVolume(volume: number): void {
    if (!this.video) return;
    this.video.volume = Math.min(1, Math.max(0, volume));
    this.video.muted = this.video.volume === 0;
  }

  toggleMute(): void {
    if (!this.video) return;
    this.video.muted = !this.video.muted;
    if (!this.video.muted && this.video.volume === 0) this.video.volume = 0.5;
  }

  setRate(rate: number): void {
    if (this.video) this.video.playbackRate = rate;
  }

  /** One frame back or forward; only while paused (playing, the next frame comes anyway). */
  stepFrame(direction: 1 | -1): void {
    if (this.wantsPlay) return;
    this.seekBy(direction * frameStep(this.options.fps));
  }

  toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void this.container?.requestFullscreen?.().catch(() => undefined);
  }

  /** Tries again where it stopped (after an error, e.g. every transcode slot busy). */
  retry(): void {
    this.update({ error: null });
    this.restart(this.time());
  }

  /**
   * Asks for the video again from `start`, telling direct from live anew: a live stream starts
   * there, a direct file is moved there once its metadata is in.
   */
  private restart(start: number): void {
    const video = this.video;
    if (!video) return;
    this.detected = false;
    this.pendingTime = start;
    this.options.startAt = start;
    this.lastClock = null;
    video.src = streamUrl(this.options.assetId, start, supportsHevc());
    if (this.wantsPlay) this.play();
    this.update({ time: start, waiting: true });
  }

  /** The <track>s' cues onto the current stream's clock (text-track-offsets.ts). */
  alignTextTracks(): void {
    if (this.video) alignCues(this.video, this.position.live ? this.position.offset : 0);
  }

  private reload(start: number): void {
    const video = this.video;
    if (!video) return;
    this.position = { live: true, offset: start };
    this.pendingTime = start;
    this.lastClock = null;
    video.src = streamUrl(this.options.assetId, start, supportsHevc());
    this.alignTextTracks();
    if (this.wantsPlay) this.play();
    this.update({ time: start, waiting: true, error: null });
  }

  private onMediaEvent(type: string): void {
    const video = this.video;
    if (!video) return;
    if (type === 'loadedmetadata' && !this.detected) {
      this.detected = true;
      const live = isLiveStream(video.seekable, video.duration);
      const start = this.options.startAt;
      this.position = { live, offset: live ? start : 0 };
      this.alignTextTracks();
      if (!live) {
        if (start > 0) video.currentTime = start;
        this.pendingTime = null; // a direct file's own clock is right from here on
      }
      this.update({ live });
      if (this.wantsPlay) this.play();
    }
    if (type === 'loadedmetadata') this.alignTextTracks();
    if (type === 'loadeddata') refreshPausedCues(video);
    if (type === 'playing' || type === 'canplay' || type === 'seeked') this.pendingTime = null;
    if (type === 'waiting') this.stalled = true;
    if (type === 'playing' || type === 'canplay' || type === 'seeked' || type === 'pause') this.stalled = false;
    if (type === 'timeupdate' && !video.paused && !video.seeking && this.pendingTime === null) {
      const now = this.time();
      if (this.lastClock !== null) this.watched += watchedDelta(this.lastClock, now, video.playbackRate);
      this.lastClock = now;
    }
    if (type === 'seeking' || type === 'pause' || type === 'waiting') this.lastClock = null;
    // Paused or played from outside the page's controls (media keys, picture-in-picture): that is the user's wish too.
    if (type === 'pause' && this.pendingTime === null) this.wantsPlay = false;
    if (type === 'play') this.wantsPlay = true;
    if (type === 'ended') this.wantsPlay = false;
    if (type === 'play' || type === 'pause' || type === 'ended') this.dispatchEvent(new Event(type));
    if (type === 'volumechange') saveVolume({ volume: video.volume, muted: video.muted });
    this.update({
      time: this.time(),
      duration: this.duration(),
      paused: !this.wantsPlay,
      waiting: type !== 'error' && (this.stalled || this.pendingTime !== null),
      ended: video.ended,
      volume: video.volume,
      muted: video.muted,
      rate: video.playbackRate,
      error: type === 'error' ? describeMediaError(video.error) : this.snapshot.error,
    });
  }

  private update(change: Partial<PlayerSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if ((Object.keys(change) as (keyof PlayerSnapshot)[]).every((k) => next[k] === this.snapshot[k])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
