// The player's volume and mute survive reloads and visits (localStorage, per browser). A
// browser without storage (private mode, blocked) simply starts at full volume.

const KEY = 'shoebox.player.volume';

export interface VolumeSetting {
  volume: number;
  muted: boolean;
}

export function readVolume(): VolumeSetting {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<VolumeSetting> | null;
    const volume = typeof saved?.volume === 'number' && saved.volume >= 0 && saved.volume <= 1 ? saved.volume : 1;
    return { volume, muted: saved?.muted === true };
  } catch {
    return { volume: 1, muted: false };
  }
}

export function saveVolume(setting: VolumeSetting): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(setting));
  } catch {
    // storage full or refused: the setting lasts for this page only
  }
}
