#!/usr/bin/env bash
# Proof that the Docker deployment works, on a machine with no Docker Hub (CI): builds the
# Dockerfile, brings the real docker-compose.yml up with podman-compose, and checks Shoebox end
# to end over HTTP (deploy/test/compose-check.mjs): first-admin setup, a read-only library
# whose photos get thumbnails, an invitation that arrives in Mailpit; then `down` and `up`
# with three workers: users, session, assets and thumbnails are still there and three worker
# containers heartbeat. Prints its duration; exit 0 = pass. Run as root (podman, apt).
#
# Without a registry of images, the script assembles its own bases: Debian bookworm by
# debootstrap, this machine's node/npm on top (stand-in for node:22-bookworm-slim, passed as
# BASE_IMAGE), and stand-ins for postgres and mailpit (deploy/test/standins/). Everything it
# makes (containers, volumes, images, folders) is removed at the end, pass or fail
# (KEEP_IMAGES=1 keeps the images).
#
# `compose-smoke.sh prepare` does only the part that needs no checkout build (podman, the
# Debian base, the node/postgres/mailpit stand-ins: mostly downloads) and keeps those images
# under the tag `prepared`; a later plain run finds them and starts at the Shoebox image. CI
# starts `prepare` in the background while lint and the test suites run.
set -euo pipefail
phase=${1:-all}
started=$(date +%s)
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${SHOEBOX_CORPUS_DIR:-$root/../shared/corpus}
# REUSE=<id>: take the images a run with KEEP_IMAGES=1 left (localhost/shoebox-<id>-…) instead
# of building them again, to look into a failure of the compose part quickly.
run_id=${REUSE:-smoke$$}
work=$(mktemp -d /var/tmp/shoebox-compose-smoke.XXXXXX)
project=shoebox-$run_id
tag=$run_id
images=()
compose=(podman-compose -p "$project" -f "$work/compose/docker-compose.yml")

say() { echo "[compose-smoke] $(date -u +%H:%M:%S) $*"; }
elapsed() { echo $(( $(date +%s) - started )); }

cleanup() {
  status=$?
  say "cleaning up"
  if [ -f "$work/compose/docker-compose.yml" ]; then
    (cd "$work/compose" && "${compose[@]}" down -v >/dev/null 2>&1) || true
    # Volumes and the network, should down have left any.
    podman volume ls -q | grep "^${project}_" | xargs -r podman volume rm -f >/dev/null 2>&1 || true
    podman network ls -q | grep "^${project}" | xargs -r podman network rm -f >/dev/null 2>&1 || true
  fi
  # KEEP_IMAGES=1 keeps the built images, to look into a failure.
  if [ "${KEEP_IMAGES:-0}" != 1 ]; then
    for image in "${images[@]}"; do podman rmi -f "$image" >/dev/null 2>&1 || true; done
  fi
  podman image prune -f >/dev/null 2>&1 || true
  rm -rf "$work"
  if [ "$status" -eq 0 ]; then say "PASS in $(elapsed) s"; else say "FAIL (exit $status) after $(elapsed) s"; fi
  exit "$status"
}
trap cleanup EXIT

# --- Tools: Debian's podman 4.3 with runc (crun fails on this kind of machine's cgroups) -----
if ! command -v podman-compose >/dev/null || ! command -v debootstrap >/dev/null || ! command -v runc >/dev/null ||
  [ ! -e /usr/lib/cni/dnsname ]; then
  say "installing podman, runc, debootstrap, podman-compose"
  [ "$(id -u)" -eq 0 ] || { echo "compose-smoke.sh must run as root to install podman" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    podman runc debootstrap golang-github-containernetworking-plugin-dnsname podman-compose >/dev/null
fi
cat > "$work/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF
export CONTAINERS_CONF="$work/containers.conf"

image="localhost/shoebox-$tag:smoke"
# The bases' tag: this run's own, or the one `prepare` left.
base_tag=$tag
if [ "$phase" = prepare ]; then
  base_tag=prepared
  KEEP_IMAGES=1
elif podman image exists localhost/shoebox-prepared-mailpit:test 2>/dev/null; then
  base_tag=prepared
  images+=("localhost/shoebox-prepared-debian:bookworm" "localhost/shoebox-prepared-node:test" "localhost/shoebox-prepared-postgres:test" "localhost/shoebox-prepared-mailpit:test")
  say "using the bases prepared earlier"
fi
if [ -n "${REUSE:-}" ]; then
  KEEP_IMAGES=1
  say "reusing the images of run $REUSE"
else
if [ "$base_tag" != prepared ] || [ "$phase" = prepare ]; then
# --- Bases: Debian by debootstrap, then node, postgres and mailpit stand-ins ----------------
mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
say "assembling a Debian bookworm base from $mirror"
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log"; exit 1; }
rm -f "$work"/rootfs/var/cache/apt/archives/*.deb
tar -C "$work/rootfs" -c . | podman import -q - "localhost/shoebox-$base_tag-debian:bookworm" >/dev/null
images+=("localhost/shoebox-$base_tag-debian:bookworm")
rm -rf "$work/rootfs"

mkdir -p "$work/node/usr/bin" "$work/node/usr/lib/node_modules" "$work/node/etc/ssl/certs"
cp "$(readlink -f "$(command -v node)")" "$work/node/usr/bin/node"
cp -a "$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")" "$work/node/usr/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/node/usr/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/node/usr/bin/npx"
cp /etc/ssl/certs/ca-certificates.crt "$work/node/etc/ssl/certs/"
standins="$root/deploy/test/standins"
images+=("localhost/shoebox-$base_tag-node:test" "localhost/shoebox-$base_tag-postgres:test" "localhost/shoebox-$base_tag-mailpit:test")
build_base() { # name context [containerfile]
  podman build -q --build-arg "DEBIAN_IMAGE=localhost/shoebox-$base_tag-debian:bookworm" \
    -f "${3:-$2/Containerfile}" -t "localhost/shoebox-$base_tag-$1:test" "$2" >"$work/build-$1.log" 2>&1 ||
    { tail -n 20 "$work/build-$1.log"; return 1; }
}
say "building the stand-ins (node base, postgres, mailpit)"
build_base node "$work/node" "$standins/node-base/Containerfile"
build_base postgres "$standins/postgres" & postgres_build=$!
build_base mailpit "$standins/mailpit" & mailpit_build=$!
wait "$postgres_build"
wait "$mailpit_build"
if [ "$phase" = prepare ]; then say "bases prepared"; exit 0; fi
fi

# --- The image ----------------------------------------------------------------------------
# The host's npm cache is lent to the build as an overlay (writes stay in the build), so npm
# reuses what CI's own `npm install` fetched instead of downloading ~2 GB again.
say "building the Shoebox image (Dockerfile, BASE_IMAGE = the node stand-in)"
mkdir -p "$HOME/.npm"
# --layers=false: no snapshot after every step (committing a 2 GB node_modules layer costs
# minutes); the image is built once and thrown away.
podman build --format docker --layers=false -q -v "$HOME/.npm:/root/.npm:O" \
  --build-arg "BASE_IMAGE=localhost/shoebox-$base_tag-node:test" -t "$image" "$root" >"$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }
images+=("$image")
fi
size=$(podman image inspect --format '{{.Size}}' "$image")
say "image built: $((size / 1000000)) MB ($image)"

# --- Compose: the real file, a .env made from .env.example ---------------------------------
mkdir -p "$work/compose" "$work/library"
cp "$root/docker-compose.yml" "$work/compose/docker-compose.yml" # .env is read beside it
photos=$(find "$corpus/photos/exif-samples/jpg" -maxdepth 1 -name '*.jpg' | sort | head -n 4)
cp $photos "$work/library/"
chmod -R a+rX "$work/library"
photo_count=$(echo "$photos" | wc -l)
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
web_port=$(free_port)
mail_port=$(free_port)
write_env() { # worker replicas
  sed -e "s|^POSTGRES_PASSWORD=.*|POSTGRES_PASSWORD=smoke$RANDOM$RANDOM|" \
      -e "s|^AUTH_SECRET=.*|AUTH_SECRET=$(head -c 32 /dev/urandom | base64 | tr -d '\n')|" \
      -e "s|^SHOEBOX_PORT=.*|SHOEBOX_PORT=$web_port|" \
      -e "s|^PUBLIC_URL=.*|PUBLIC_URL=http://127.0.0.1:$web_port|" \
      -e "s|^LIBRARY_DIR=.*|LIBRARY_DIR=$work/library|" \
      -e "s|^MAILPIT_PORT=.*|MAILPIT_PORT=$mail_port|" \
      -e "s|^WORKER_REPLICAS=.*|WORKER_REPLICAS=$1|" \
      "$root/.env.example" > "$work/compose/.env"
  cat >> "$work/compose/.env" <<ENV
SHOEBOX_IMAGE=$image
POSTGRES_IMAGE=localhost/shoebox-$base_tag-postgres:test
MAILPIT_IMAGE=localhost/shoebox-$base_tag-mailpit:test
# No model hub from CI: ML analysis fails fast instead of waiting on the network.
ML_MODELS_OFFLINE=true
ENV
}
logs() {
  for c in $(podman ps -a --filter "label=io.podman.compose.project=$project" --format '{{.Names}}'); do
    echo "----- $c"; podman logs --tail 30 "$c" 2>&1 || true
  done
}
check() { # phase workers
  SHOEBOX_URL="http://127.0.0.1:$web_port" MAILPIT_URL="http://127.0.0.1:$mail_port" PHOTO_COUNT=$photo_count \
    WORKERS=$2 node "$root/deploy/test/compose-check.mjs" "$1" "$work/state.json" || { logs; exit 1; }
}

write_env 1
say "docker-compose.yml up (1 worker)"
(cd "$work/compose" && "${compose[@]}" up -d >"$work/up1.log" 2>&1) || { cat "$work/up1.log"; exit 1; }
check first 1
# migrate, web and worker all started at once (podman-compose ignores depends_on conditions):
# the advisory lock must have let exactly one of them apply each migration.
sql() { podman exec "${project}_postgres_1" psql -U shoebox -d shoebox -tAc "$1"; }
applied=$(sql 'SELECT count(*) FROM _prisma_migrations')
twice=$(sql 'SELECT count(*) FROM (SELECT migration_name FROM _prisma_migrations GROUP BY 1 HAVING count(*) > 1) d')
files=$(find "$root/prisma/migrations" -name migration.sql | wc -l)
say "migrations: $applied rows for $files files, $twice applied more than once"
[ "$applied" -eq "$files" ] && [ "$twice" -eq 0 ] || { echo "migrations were not applied exactly once" >&2; exit 1; }

say "down, then up again with 3 workers (AUTH_SECRET and passwords kept)"
(cd "$work/compose" && "${compose[@]}" down >"$work/down.log" 2>&1) || { cat "$work/down.log"; exit 1; }
sed -i "s|^WORKER_REPLICAS=.*|WORKER_REPLICAS=3|" "$work/compose/.env"
(cd "$work/compose" && "${compose[@]}" up -d >"$work/up2.log" 2>&1) || { cat "$work/up2.log"; exit 1; }
check again 3
say "all checks passed"
