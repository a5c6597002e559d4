#!/usr/bin/env bash
# Installs podman and builds the two test images the container tests run in.
# Images come from debootstrap because no registry can be pulled from here; the root
# file systems are cached under /var/cache/modelgate so that a second run takes seconds.
set -euo pipefail

cache=/var/cache/modelgate/images
mkdir -p "$cache"

need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
command -v debootstrap >/dev/null || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p /etc/containers
if ! grep -q 'cgroup_manager = "cgroupfs"' /etc/containers/containers.conf 2>/dev/null; then
  cat > /etc/containers/containers.conf <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
fi

# build_image NAME SUITE PACKAGES: the cache key includes the package list, so that changing
# it rebuilds the image instead of silently testing against the old one.
build_image() {
  local name=$1 suite=$2 pkgs=$3
  local key
  key=$(printf '%s %s' "$suite" "$pkgs" | sha256sum | cut -c1-12)
  local tarball="$cache/$name-$key.tar"
  if podman image exists "localhost/$name:$key" 2>/dev/null; then
    podman tag "localhost/$name:$key" "localhost/$name:latest"
    return
  fi
  if [ ! -s "$tarball" ]; then
    echo "building image $name ($suite: $pkgs), about a minute…" >&2
    local root
    root=$(mktemp -d /var/tmp/modelgate-root.XXXXXX)
    debootstrap --variant=minbase --include="$pkgs" "$suite" "$root" >/dev/null
    tar -C "$root" -c . > "$tarball.tmp"
    mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
  fi
  podman import "$tarball" "localhost/$name:$key" >/dev/null
  podman tag "localhost/$name:$key" "localhost/$name:latest"
}

build_image modelgate-bookworm bookworm python3-sklearn,python3-joblib
build_image modelgate-trixie trixie python3-sklearn,python3-joblib,python3-onnxruntime,python3-onnx
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep modelgate >&2
