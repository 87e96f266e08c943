// The ML models of this server (/admin/jobs): which, their download status and progress, and
// when a download failed, the reason with what to do (offline servers: `models pull` or copy).
import { CircleAlert, CircleCheck, CloudDownload, CloudOff } from 'lucide-react';
import type { MlModelView } from '@/lib/ml/models/list-ml-models';
import { RefreshWhile } from './RefreshWhile';

const MB = 1024 * 1024;
const size = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

const STATUS = {
  ready: { icon: CircleCheck, text: 'Ready', style: 'bg-emerald-950 text-emerald-200' },
  downloading: { icon: CloudDownload, text: 'Downloading', style: 'bg-sky-900 text-sky-100' },
  failed: { icon: CircleAlert, text: 'Failed', style: 'bg-red-950 text-red-200' },
  'not downloaded': { icon: CloudOff, text: 'Not downloaded yet', style: 'bg-neutral-800 text-neutral-200' },
} as const;

export function MlModelList({ models }: { models: MlModelView[] }) {
  return (
    <ul className="divide-y divide-neutral-800 rounded-lg border border-neutral-800 text-sm" data-testid="ml-models">
      <RefreshWhile active={models.some((m) => m.status === 'downloading')} />
      {models.map((m) => {
        const { icon: Icon, text, style } = STATUS[m.status];
        const percent = m.bytesTotal ? Math.min(100, Math.round((m.bytesDone / m.bytesTotal) * 100)) : null;
        return (
          <li key={m.id} className="grid gap-2 p-3" data-testid="ml-model">
            <div className="flex flex-wrap items-center gap-2">
              <span className={`inline-flex items-center gap-1 rounded px-1.5 text-xs ${style}`}>
                <Icon aria-hidden className="size-3.5" /> {text}
              </span>
              <span className="min-w-0 break-all font-medium">{m.id}</span>
              {m.purpose && <span className="text-neutral-300">{m.purpose}</span>}
              {m.bytesTotal !== null && m.bytesTotal > 0 && (
                <span className="text-neutral-300">
                  {m.status === 'ready' ? size(m.bytesTotal) : `${size(m.bytesDone)} of ${size(m.bytesTotal)}`}
                </span>
              )}
            </div>
            {m.status === 'downloading' && (
              <div
                role="progressbar"
                aria-label={`Download of ${m.id}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent ?? undefined}
                className="h-2 overflow-hidden rounded bg-neutral-800"
              >
                <div className="h-full bg-sky-500" style={{ width: `${percent ?? 0}%` }} />
              </div>
            )}
            {m.status === 'not downloaded' && <p className="text-neutral-300">The worker downloads it when it first analyses a photo or video.</p>}
            {m.error && <p className="break-words text-red-300">{withCommands(m.error)}</p>}
          </li>
        );
      })}
    </ul>
  );
}

/** The reason's `commands` as code, so the one to copy stands out. */
function withCommands(text: string) {
  return text.split('`').map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-neutral-900 px-1 font-mono text-red-200">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
