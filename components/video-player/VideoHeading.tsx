'use client';
// The page's heading: back to the videos, and the title (the owner's, else the file name),
// which the owner edits in place.
import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { useUpdateAssetInfo } from '@/lib/client/video-queries';
import { EditableText } from './EditableText';

export function VideoHeading({ details }: { details: AssetDetails }) {
  const router = useRouter();
  const update = useUpdateAssetInfo(details.id);
  const title = details.title ?? details.fileName;
  return (
    <div className="flex items-start gap-2 px-2 py-2 sm:px-0">
      <Link
        href="/videos"
        prefetch={false}
        className="flex shrink-0 items-center gap-1 rounded px-2 py-1.5 text-sm text-neutral-200 hover:bg-white/10"
        onClick={(e) => {
          // Back to where the user came from (the catalogue at its scroll place) when that was us.
          if (e.ctrlKey || e.metaKey || e.shiftKey || window.history.length < 2 || !document.referrer.startsWith(window.location.origin)) return;
          e.preventDefault();
          router.back();
        }}
      >
        <ArrowLeft aria-hidden size={18} /> Videos
      </Link>
      <div className="min-w-0 flex-1">
        <EditableText
          label="Title"
          value={details.title ?? ''}
          display={
            <h1 className="text-lg font-semibold break-words" data-testid="video-title">
              {title}
            </h1>
          }
          keepDisplay
          placeholder={details.fileName}
          canEdit={details.canEdit}
          pending={update.isPending}
          error={update.error?.message}
          onSave={(value, close) => update.mutate({ title: value }, { onSuccess: close })}
          testId="title"
        />
      </div>
    </div>
  );
}
