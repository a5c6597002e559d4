#!/usr/bin/env bash
# Starts a Docker daemon of our own on a private socket, unless one already answers there, and
# waits until it does. No systemd here: dockerd runs in the background of this shell's session,
# its data under /var/lib/modelgate-docker, its log in /var/cache/modelgate/logs/dockerd.log.
#
# A private socket (not /var/run/docker.sock) keeps every other process's choice of engine as
# it was: only what sets DOCKER_HOST to it (the container tests do when it exists) talks to it.
#
# The flags are what works on these machines: no iptables and no bridge (so containers have no
# network at all, which a test container never has anyway), cgroupfs instead of systemd, and
# the same ulimits podman's containers.conf sets, so that both engines give the same limits.
#
# Usage: bash .ci/dockerd.sh   (prints the DOCKER_HOST to use on its last line)
set -euo pipefail

sock=${MODELGATE_DOCKER_SOCK:-/run/modelgate-docker.sock}
root=${MODELGATE_DOCKER_ROOT:-/var/lib/modelgate-docker}
log=/var/cache/modelgate/logs/dockerd.log
wait_s=${MODELGATE_DOCKERD_WAIT_S:-60}
export DOCKER_HOST="unix://$sock"

answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if answers; then
  echo "dockerd already answers on $DOCKER_HOST" >&2
  echo "$DOCKER_HOST"
  exit 0
fi

if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null; then
  echo "installing docker.io (Debian's Docker engine and client)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

mkdir -p "$root/data" "$root/exec" "$(dirname "$log")"
pidfile="$root/dockerd.pid"
# A daemon that died leaves its pidfile and socket behind; dockerd refuses to start over a
# pidfile whose process still runs, so only a stale one is removed.
if [ -s "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  rm -f "$pidfile"
fi
if [ -s "$pidfile" ]; then
  echo "dockerd (pid $(cat "$pidfile")) is running but does not answer yet; waiting for it" >&2
else
  rm -f "$sock"
  # setsid: the daemon outlives this script and is not in the caller's process group, so a
  # Ctrl-C of the tests does not stop it.
  setsid dockerd \
    --host "unix://$sock" \
    --data-root "$root/data" \
    --exec-root "$root/exec" \
    --pidfile "$pidfile" \
    --storage-driver overlay2 \
    --iptables=false --ip6tables=false --ip-masq=false \
    --bridge=none --userland-proxy=false \
    --exec-opt native.cgroupdriver=cgroupfs \
    --default-ulimit nofile=1024:1024 --default-ulimit nproc=1024:1024 \
    >>"$log" 2>&1 </dev/null &
  echo "started dockerd (pid $!) on $DOCKER_HOST; log $log" >&2
fi

for ((i = 0; i < wait_s * 2; i++)); do
  if answers; then
    echo "$DOCKER_HOST"
    exit 0
  fi
  sleep 0.5
done
echo "error: dockerd did not answer on $DOCKER_HOST within $wait_s s; last lines of $log:" >&2
tail -n 20 "$log" >&2 || true
exit 1
