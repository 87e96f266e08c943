'use client';
// A person's faces: "Use as cover" and "Not this person" (the face leaves them for good).
import { useMutation } from '@tanstack/react-query';
import { ImageIcon, UserX } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { faceThumbUrl, rejectFaceRequest, updatePersonRequest } from '@/lib/client/people-api';
import type { PersonFace } from '@/lib/faces/faces.schemas';

export function PersonFaces({ personId, faces, coverFaceId }: { personId: string; faces: PersonFace[]; coverFaceId: string | null }) {
  const router = useRouter();
  const reject = useMutation({ mutationFn: rejectFaceRequest, onSuccess: () => router.refresh() });
  const cover = useMutation({ mutationFn: (faceId: string) => updatePersonRequest(personId, { coverFaceId: faceId }), onSuccess: () => router.refresh() });
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-5 lg:grid-cols-8" aria-label="Faces">
      {faces.map((f, n) => (
        <li key={f.id} className="flex flex-col items-center gap-1" data-testid="person-face">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth; no optimizer */}
          <img src={faceThumbUrl(f.id)} alt={`Face ${n + 1}`} className={`aspect-square w-full rounded-full object-cover ${f.id === coverFaceId ? 'ring-2 ring-sky-400' : ''}`} loading="lazy" />
          <button type="button" onClick={() => cover.mutate(f.id)} disabled={f.id === coverFaceId} className="flex items-center gap-1 rounded px-1 text-xs text-neutral-200 hover:bg-neutral-800 disabled:opacity-60 focus:outline-2 focus:outline-sky-400">
            <ImageIcon aria-hidden size={12} /> {f.id === coverFaceId ? 'Cover' : `Use face ${n + 1} as cover`}
          </button>
          <button type="button" onClick={() => reject.mutate(f.id)} className="flex items-center gap-1 rounded px-1 text-xs text-amber-300 hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400" aria-label={`Not this person (face ${n + 1})`}>
            <UserX aria-hidden size={12} /> Not this person
          </button>
        </li>
      ))}
    </ul>
  );
}
