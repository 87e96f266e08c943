'use client';
// Hide or show one person (hidden people leave /people and search's people; their faces stay theirs).
import { useMutation } from '@tanstack/react-query';
import { Eye, EyeOff } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { updatePersonRequest } from '@/lib/client/people-api';

export function HideToggle({ personId, hidden }: { personId: string; hidden: boolean }) {
  const router = useRouter();
  const toggle = useMutation({ mutationFn: () => updatePersonRequest(personId, { hidden: !hidden }), onSuccess: () => router.refresh() });
  return (
    <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending} className="flex items-center gap-1 rounded px-3 py-1.5 text-sm hover:bg-neutral-800 focus:outline-2 focus:outline-sky-400">
      {hidden ? <Eye aria-hidden size={16} /> : <EyeOff aria-hidden size={16} />} {hidden ? 'Show person' : 'Hide person'}
    </button>
  );
}
