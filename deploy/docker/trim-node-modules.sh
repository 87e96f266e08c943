#!/bin/sh
# Runs in the Dockerfile's build stage after `npm prune --omit=dev`: deletes what a Linux
# server running Shoebox never loads. Sizes are for linux/x64 (docs/deploy.md).
set -eu
cd /app
os=$(node -p process.platform)    # linux
arch=$(node -p process.arch)      # x64, arm64

# Next's build cache (~100s of MB after a build); the server only reads .next's output.
rm -rf .next/cache
# Next's SWC compiler (~100 MB): used by `next build` and `next dev`, not by the server.
rm -rf node_modules/@next/swc-*
# onnxruntime-node ships every platform's runtime (~290 MB); keep ours (~45 MB). Its
# install script, which would add CUDA/TensorRT providers, never ran (--ignore-scripts).
find node_modules/onnxruntime-node/bin -mindepth 2 -maxdepth 2 -type d ! -name "$os" -exec rm -rf {} +
find "node_modules/onnxruntime-node/bin/napi-v6/$os" -mindepth 1 -maxdepth 1 -type d ! -name "$arch" -exec rm -rf {} +
rm -f node_modules/onnxruntime-node/bin/napi-v6/*/*/libonnxruntime_providers_cuda* \
      node_modules/onnxruntime-node/bin/napi-v6/*/*/libonnxruntime_providers_tensorrt*
# usearch's prebuilt addons for other platforms.
find node_modules/usearch/prebuilds -mindepth 1 -maxdepth 1 -type d ! -name "$os-$arch" -exec rm -rf {} +
# Prisma's query compiler for the databases we do not use (~55 MB); the client loads the
# PostgreSQL one (lib/server/generated/prisma/internal/class.ts).
for db in sqlserver cockroachdb mysql sqlite; do
  rm -f node_modules/@prisma/client/runtime/query_compiler_*_bg."$db".*
done
# Source maps and type declarations: nothing runs them.
find node_modules -type f \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -delete
# npm's own cache, if the install wrote one inside the image.
rm -rf /root/.npm/_cacache
