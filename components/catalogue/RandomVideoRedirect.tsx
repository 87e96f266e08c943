'use client';
// /videos/random?seed=N: asks GET /api/videos/random for that seed's video and goes there
// (replacing this address, so Back returns to where the user was). No video: says so.
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { fetchRandomVideo } from '@/lib/client/catalogue-api';

export function RandomVideoRedirect({ seed }: { seed: number }) {
  const router = useRouter();
  const { data, isError, error } = useQuery({ queryKey: ['videos', 'random', seed], queryFn: () => fetchRandomVideo(seed), retry: false });
  useEffect(() => {
    if (data?.video) router.replace(`/videos/${data.video.id}`);
  }, [data, router]);
  return (
    <div className="mt-24 text-center text-neutral-300" role="status">
      {isError ? (
        <p>{error.message}</p>
      ) : data && !data.video ? (
        <p>There is no video to pick from yet.</p>
      ) : (
        <p>Picking a video…</p>
      )}
      <p className="mt-3">
        <Link href="/videos" className="text-sky-400 underline">
          Back to the videos
        </Link>
      </p>
    </div>
  );
}
