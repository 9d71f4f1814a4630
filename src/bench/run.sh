#!/usr/bin/env bash
# The benchmark in one command: builds the app, then measures it on one or more catalogues.
#   src/bench/run.sh                   # the shipped catalogue
#   src/bench/run.sh 1000 10000 100000 # generated catalogues of that many products
#   BENCH_STARTUP_ONLY=true src/bench/run.sh shipped 10000  # start-up times and their ratios only, no wrk
# BENCH_APP_PORT and BENCH_NGINX_PORT (default 18080, 18081) move it off the default ports; the app inherits the
# environment, so FAST_PATH_ENABLED=false measures without the fast path for cached answers.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BENCH_STARTUP_ONLY:-false}" != true ] && { ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; }; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
./mvnw -q -B -ntp package -DskipTests
# Bench.java first writes an AppCDS archive (target/bench/app-cds.jsa) by a training run of this fresh jar; every
# measured start uses it, as the image does.
exec java src/bench/Bench.java "$@"
