#!/usr/bin/env bash
# Creates or updates the ConfigMap that holds the catalogue, from a catalogue folder (default: catalog-data).
#   deploy/catalog-configmap.sh [folder] [kubectl args...]    e.g. deploy/catalog-configmap.sh catalog-data -n picks
# ConfigMap keys are flat file names; the Deployment's volume items put products back under products/.
# Running pods see the change within about a minute (kubelet sync) and reload it without a restart.
set -euo pipefail
folder="${1:-catalog-data}"
shift || true
kubectl create configmap inversion-picks-catalog \
  --from-file="$folder" --from-file="$folder/products" \
  --dry-run=client -o yaml "$@" | kubectl apply "$@" -f -
