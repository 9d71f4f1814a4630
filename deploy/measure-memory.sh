#!/usr/bin/env bash
# Measures the resident memory of the packaged service (target/quarkus-app) with the shipped catalogue, idle and under
# read load, with the JVM flags the base image's run-java.sh uses at a 512 MiB limit and JAVA_MAX_MEM_RATIO=50.
# The figures size the requests and limits in application.properties (quarkus.kubernetes.resources.*).
#   ./mvnw -B package -DskipTests && deploy/measure-memory.sh [port] [seconds]      (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18301}"
seconds="${2:-60}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

APP_DATA_DIR="$work/data" CATALOG_PATH="$PWD/catalog-data" QUARKUS_HTTP_PORT="$port" \
  java -Xmx256m -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 \
  -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError -jar target/quarkus-app/quarkus-run.jar \
  >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  sleep 1
done
echo "idle:       $(grep VmRSS "/proc/$pid/status")"

cat >"$work/paths.lua" <<'LUA'
local paths = {"/products", "/products?category=inversion-table", "/products/teeter-ep-560", "/categories",
               "/products/innova-itx9600", "/q/health/ready"}
local i = 0
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end
LUA
wrk -t2 -c32 -d"${seconds}s" -s "$work/paths.lua" "http://127.0.0.1:$port" | grep -E "requests in|Requests/sec"
echo "after load: $(grep VmRSS "/proc/$pid/status")"
echo "peak:       $(grep VmHWM "/proc/$pid/status")"
