#!/bin/sh
# Entry point of the Shoebox image (see Dockerfile).
#   start-web [args]     apply pending migrations, then serve the app (scripts/web-server.ts)
#   start-worker [args]  apply pending migrations, then run the worker (worker/index.ts;
#                        args such as --concurrency 4 --no-ml are passed on)
#   migrate              apply pending migrations and exit (a compose one-shot, a k8s Job)
#   anything else        run as a command, e.g. `npm run shoebox -- models pull`
# Migrations run under a PostgreSQL advisory lock (lib/server/migrations.ts): when web, worker
# and a migrate job start together, one applies them and the others wait, then find nothing
# to do. That keeps start-up correct where an orchestrator ignores depends_on conditions
# (podman-compose 1.0 does).
set -eu
cd /app

migrate() {
  # The database may still be starting (compose starts containers together): retry for a
  # minute before giving up, so a restart policy or the operator sees a clear failure.
  tries=0
  until node --import tsx scripts/migrate.ts; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "[shoebox] migrations could not be applied after $tries attempts" >&2
      exit 1
    fi
    sleep 2
  done
}

case "${1:-start-web}" in
  start-web)
    [ "$#" -gt 0 ] && shift
    migrate
    exec node --import tsx scripts/web-server.ts "$@"
    ;;
  start-worker)
    shift
    migrate
    exec node --import tsx worker/index.ts "$@"
    ;;
  migrate)
    migrate
    ;;
  *)
    exec "$@"
    ;;
esac
