// What each `npm start` launcher reports about the worker it supervises. The launcher writes
// its row on every change and every few seconds; a row that stops being refreshed belongs to
// a launcher that is gone and is no longer shown.
import { prisma } from '@/lib/server/db';

export const LAUNCHER_FRESH_SECONDS = 60;

export interface LauncherWorkerStatus {
  state: 'running' | 'restarting' | 'stopped';
  pid: number | null;
  crashes: number;
  lastExit: string | null;
  lastCrashAt: Date | null;
  nextStartAt: Date | null;
}

export async function saveLauncherStatus(launcher: { id: string; hostname: string; pid: number }, worker: LauncherWorkerStatus): Promise<void> {
  const data = {
    hostname: launcher.hostname,
    pid: launcher.pid,
    workerState: worker.state,
    workerPid: worker.pid,
    crashes: worker.crashes,
    lastExit: worker.lastExit,
    lastCrashAt: worker.lastCrashAt,
    nextStartAt: worker.nextStartAt,
    updatedAt: new Date(),
  };
  await prisma().launcherStatus.upsert({ where: { launcherId: launcher.id }, create: { launcherId: launcher.id, ...data }, update: data });
}

export async function removeLauncherStatus(launcherId: string): Promise<void> {
  await prisma().launcherStatus.deleteMany({ where: { launcherId } });
}

export async function listLauncherStatus() {
  return prisma().launcherStatus.findMany({
    where: { updatedAt: { gt: new Date(Date.now() - LAUNCHER_FRESH_SECONDS * 1000) } },
    orderBy: { hostname: 'asc' },
  });
}
