import { JobFailureList } from '@/components/admin/JobFailureList';
import { MlModelList } from '@/components/admin/MlModelList';
import { MlProgress } from '@/components/admin/MlProgress';
import { PlacesBackfill } from '@/components/admin/PlacesBackfill';
import { SimilarRebuild } from '@/components/admin/SimilarRebuild';
import { VideoMediaProgress } from '@/components/admin/VideoMediaProgress';
import { WorkerStatus } from '@/components/admin/WorkerStatus';
import { AdminSectionNav } from '@/components/admin/AdminSectionNav';
import { TopBar } from '@/components/TopBar';
import { getHealth } from '@/lib/admin/get-health';
import { listJobFailures } from '@/lib/jobs/list-job-failures';
import { listMlModels } from '@/lib/ml/models/list-ml-models';
import { failureFilterSchema } from '@/lib/jobs/job-failures.schemas';
import { requirePageAdmin } from '@/lib/auth/page-user';

export const dynamic = 'force-dynamic';

export default async function AdminJobsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await requirePageAdmin();
  const parsed = failureFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const [{ failures, reasons }, health, models] = await Promise.all([listJobFailures(filter), getHealth(), listMlModels()]);
  return (
    <>
      <TopBar user={admin} />
      <main className="mx-auto grid max-w-5xl gap-4 p-4">
        <AdminSectionNav current="/admin/jobs" />
        <h1 className="text-xl font-semibold">Failed jobs</h1>
        <p className="text-sm text-neutral-400">
          Every failed attempt leaves its full report here. Retrying queues the job again; files that cannot be decoded will fail again until they are replaced.
        </p>
        <WorkerStatus health={health} />
        <JobFailureList failures={failures} reasons={reasons} filter={filter} />
        <section className="grid gap-2">
          <h2 className="text-lg font-semibold">Video previews</h2>
          <VideoMediaProgress />
        </section>
        <section className="grid gap-2">
          <h2 className="text-lg font-semibold">ML analysis</h2>
          <MlProgress />
        </section>
        <section className="grid gap-2">
          <h2 className="text-lg font-semibold">Similar videos index</h2>
          <SimilarRebuild />
        </section>
        <section className="grid gap-2">
          <h2 className="text-lg font-semibold">Places</h2>
          <PlacesBackfill />
        </section>
        <section className="grid gap-2">
          <h2 className="text-lg font-semibold">Models</h2>
          <MlModelList models={models} />
        </section>
      </main>
    </>
  );
}
