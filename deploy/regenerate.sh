#!/usr/bin/env bash
# Regenerates deploy/kubernetes.yml from src/main/resources/application.properties (ports, probes, mounts, resources)
# and src/main/kubernetes/kubernetes.yml (the hand-written parts Quarkus merges in). Every build writes
# target/kubernetes/kubernetes.yml; DeployManifestsUpToDateIT fails `./mvnw verify` while the committed copy differs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
cp target/kubernetes/kubernetes.yml deploy/kubernetes.yml
echo "deploy/kubernetes.yml regenerated; review with: git diff deploy/kubernetes.yml"
