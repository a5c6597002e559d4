#!/usr/bin/env bash
# Installs podman, docker, prometheus and wrk, starts our own dockerd (.ci/dockerd.sh), and builds
# the test images the container tests run in, under the same names in both engines.
# Images come from debootstrap because no registry can be pulled from here. Both the
# downloaded packages and the finished root file systems are cached under
# /var/cache/modelgate, so that a second run only checks that the images exist (seconds).
#
# Usage: setup-containers.sh [--no-docker] [IMAGE...]
#   --no-docker  podman only: no docker.io, no dockerd of our own (what `npm run demo` asks for,
#                so that a laptop's own Docker is left alone)
#   IMAGE...     build only these (modelgate-bookworm, modelgate-trixie, modelgate-moto,
#                modelgate-serving-standin); default all four
set -euo pipefail

with_docker=true
images=()
for arg in "$@"; do
  case $arg in
    --no-docker) with_docker=false ;;
    modelgate-bookworm | modelgate-trixie | modelgate-moto | modelgate-serving-standin) images+=("$arg") ;;
    *)
      echo "setup-containers.sh: unknown argument $arg (usage: [--no-docker] [modelgate-bookworm|modelgate-trixie|modelgate-moto|modelgate-serving-standin]...)" >&2
      exit 2
      ;;
  esac
done
[ ${#images[@]} -gt 0 ] || images=(modelgate-bookworm modelgate-trixie modelgate-moto modelgate-serving-standin)
wanted() { [[ " ${images[*]} " == *" $1 "* ]]; }

cache=/var/cache/modelgate
mkdir -p "$cache/images" "$cache/debs" "$cache/logs"

need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
command -v debootstrap >/dev/null || need+=(debootstrap)
# Ubuntu's debootstrap cannot check Debian's release signatures without Debian's keyring.
[ -s /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
if $with_docker; then command -v dockerd >/dev/null || need+=(docker.io); fi
# The analysis tests start their own prometheus (and backfill it with promtool, same package)
# on loopback; the service the package starts on :9090, where systemd runs, is not used.
command -v prometheus >/dev/null || need+=(prometheus)
# `npm run bench load` measures our load generator against wrk, run the same way.
command -v wrk >/dev/null || need+=(wrk)
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

# Our own daemon on a private socket; every docker command below talks to it.
if $with_docker; then
  DOCKER_HOST=$(bash "$(dirname "$0")/dockerd.sh")
  export DOCKER_HOST
fi

# docker_image NAME KEY TARBALL: the same image under the same names in docker, imported from
# the cached root file system (or, when the cache was emptied, copied from podman).
docker_image() {
  local name=$1 key=$2 tarball=$3
  if ! docker image inspect "localhost/$name:$key" >/dev/null 2>&1; then
    echo "importing $name:$key into docker…" >&2
    if [ -s "$tarball" ]; then
      docker import "$tarball" "localhost/$name:$key" >/dev/null
    else
      podman save --format docker-archive "localhost/$name:$key" | docker load >/dev/null
    fi
  fi
  docker tag "localhost/$name:$key" "localhost/$name:latest"
  docker images --format '{{.Repository}}:{{.Tag}}' "localhost/$name" |
    grep -v -e ":$key\$" -e ':latest$' | xargs -r docker rmi >/dev/null 2>&1 || true
}

# build_image NAME SUITE PACKAGES: the cache key includes the package list, so that changing
# it rebuilds the image instead of silently testing against the old one.
build_image() {
  local name=$1 suite=$2 pkgs=$3
  local key
  key=$(printf '%s %s' "$suite" "$pkgs" | sha256sum | cut -c1-12)
  local tarball="$cache/images/$name-$key.tar"
  if podman image exists "localhost/$name:$key" 2>/dev/null; then
    podman tag "localhost/$name:$key" "localhost/$name:latest"
    if $with_docker; then docker_image "$name" "$key" "$tarball"; fi
    return
  fi
  if [ ! -s "$tarball" ]; then
    echo "building image $name ($suite: $pkgs), a few minutes…" >&2
    local root log
    root=$(mktemp -d /var/tmp/modelgate-root.XXXXXX)
    # A failed build (a full disk, a package that will not install) leaves neither its root
    # folder nor half a tarball: every retry would add another.
    trap 'rm -rf "$root" "$tarball.tmp"' EXIT
    log="$cache/logs/$name-$key.log"
    mkdir -p "$cache/debs/$suite"
    # debootstrap's own log inside the root explains a failure (e.g. a dependency on a
    # virtual package, which its resolver does not follow); show both, never swallow them.
    if ! debootstrap --variant=minbase --cache-dir="$cache/debs/$suite" --include="$pkgs" \
      "$suite" "$root" >"$log" 2>&1; then
      echo "debootstrap $suite failed; last lines of $log:" >&2
      tail -n 20 "$log" >&2
      if [ -f "$root/debootstrap/debootstrap.log" ]; then
        echo "errors in $root/debootstrap/debootstrap.log:" >&2
        grep -E -A3 'error|depends on' "$root/debootstrap/debootstrap.log" | tail -n 30 >&2 || true
      fi
      exit 1
    fi
    # Package lists and the apt cache are useless in a test image; drop them to keep it small.
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    tar -C "$root" -c . > "$tarball.tmp"
    mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
    trap - EXIT
    # Root file systems of an older package list are never used again.
    find "$cache/images" -name "$name-*.tar" ! -name "$(basename "$tarball")" -delete
  fi
  podman import "$tarball" "localhost/$name:$key" >/dev/null
  podman tag "localhost/$name:$key" "localhost/$name:latest"
  # Images of an older package list only take space.
  podman images --noheading --format '{{.Repository}}:{{.Tag}}' --filter "reference=localhost/$name" |
    grep -v -e ":$key\$" -e ':latest$' | xargs -r podman rmi >/dev/null 2>&1 || true
  if $with_docker; then docker_image "$name" "$key" "$tarball"; fi
}

# scikit-learn 1.2, numpy 1.24, pandas 1.5: the older half of the version matrix. lz4 is the one
# joblib compressor outside the standard library; jinja2 renders the GGUF chat templates of the
# scanner's adversarial corpus as a real loader would.
! wanted modelgate-bookworm || build_image modelgate-bookworm bookworm python3-sklearn,python3-joblib,python3-pandas,python3-lz4,python3-jinja2
# scikit-learn 1.4, numpy 2, onnxruntime 1.21, onnx, xgboost 3, torch 2.6, pandas 2. libre2-11 is
# listed by hand because onnxruntime depends on the virtual package libre2-11-absl20240722 that it
# provides.
! wanted modelgate-trixie || build_image modelgate-trixie trixie python3-sklearn,python3-joblib,python3-onnxruntime,libre2-11,python3-xgboost,python3-torch,python3-pandas,python3-lz4,python3-jinja2,python3-onnx
# moto's S3 server: a real S3 API that honours If-None-Match: * (412 on PutObject and
# CompleteMultipartUpload), for the registry tests. python3-cffi-backend by hand: debootstrap
# cannot resolve the virtual package python3-cryptography depends on.
! wanted modelgate-moto || build_image modelgate-moto trixie python3-moto,python3-flask,python3-flask-cors,python3-werkzeug,python3-cffi-backend
# A STAND-IN for Triton and TF Serving (whose images cannot be pulled here): the trixie image
# plus test/fixtures/serving/standin.py and the shims /usr/local/bin/tritonserver and
# /usr/local/bin/tensorflow_model_server, so that the serving targets' default commands run
# unchanged. Tagged by the hash of the trixie image and of those files: editing the stand-in
# rebuilds it. Built by podman, copied into docker.
build_standin() {
  local name=modelgate-serving-standin src key ctx
  src=$(cd "$(dirname "$0")/../test/fixtures/serving" && pwd)
  # Built after the trixie image when both are asked for (the default); alone, it needs it there.
  if ! podman image exists localhost/modelgate-trixie:latest; then
    echo "modelgate-serving-standin is built from modelgate-trixie: run setup-containers.sh modelgate-trixie modelgate-serving-standin" >&2
    exit 1
  fi
  key=$( (podman image inspect --format '{{.Id}}' localhost/modelgate-trixie:latest
    cat "$src/standin.py" "$src/tritonserver" "$src/tensorflow_model_server") | sha256sum | cut -c1-12)
  if ! podman image exists "localhost/$name:$key"; then
    echo "building image $name…" >&2
    ctx=$(mktemp -d /var/tmp/modelgate-standin.XXXXXX)
    cp "$src/standin.py" "$src/tritonserver" "$src/tensorflow_model_server" "$ctx/"
    cat > "$ctx/Containerfile" <<'FILE'
FROM localhost/modelgate-trixie:latest
COPY standin.py /opt/modelgate-standin/standin.py
COPY tritonserver tensorflow_model_server /usr/local/bin/
RUN chmod 0755 /usr/local/bin/tritonserver /usr/local/bin/tensorflow_model_server
FILE
    podman build --quiet --network none --pull=never -t "localhost/$name:$key" "$ctx" >/dev/null
    rm -rf "$ctx"
  fi
  podman tag "localhost/$name:$key" "localhost/$name:latest"
  podman images --noheading --format '{{.Repository}}:{{.Tag}}' --filter "reference=localhost/$name" |
    grep -v -e ":$key\$" -e ':latest$' | xargs -r podman rmi >/dev/null 2>&1 || true
  if $with_docker; then docker_image "$name" "$key" /nonexistent; fi
}
! wanted modelgate-serving-standin || build_standin
podman images --format 'podman {{.Repository}}:{{.Tag}} {{.Size}}' | grep modelgate >&2
if $with_docker; then
  docker images --format 'docker {{.Repository}}:{{.Tag}} {{.Size}}' | grep modelgate >&2
fi
