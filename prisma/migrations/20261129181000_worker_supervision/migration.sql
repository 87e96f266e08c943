-- Worker resilience (issue 9). Heartbeats say what each worker runs (concurrency, flags) so
-- health can list them; job_crashes counts how often a job's run took its worker process
-- down, so a poison file is set aside after two crashes instead of crash-looping the worker;
-- launcher_status is what each `npm start` launcher knows about its worker child (restarts,
-- last exit, next start), which no heartbeat can say while the worker is down.
ALTER TABLE "worker_heartbeats" ADD COLUMN "concurrency" INTEGER;
ALTER TABLE "worker_heartbeats" ADD COLUMN "flags" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE TABLE "job_crashes" (
    "job_id" BIGINT NOT NULL,
    "crashes" INTEGER NOT NULL DEFAULT 1,
    "last_crash_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_crashes_pkey" PRIMARY KEY ("job_id")
);

CREATE TABLE "launcher_status" (
    "launcher_id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "worker_state" TEXT NOT NULL,
    "worker_pid" INTEGER,
    "crashes" INTEGER NOT NULL DEFAULT 0,
    "last_exit" TEXT,
    "last_crash_at" TIMESTAMPTZ(3),
    "next_start_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "launcher_status_pkey" PRIMARY KEY ("launcher_id")
);
