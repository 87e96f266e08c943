-- Every registration attempt with an invitation is counted before it is looked at, so one
-- invitation cannot test any number of addresses for existing accounts.
ALTER TABLE "invites" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
