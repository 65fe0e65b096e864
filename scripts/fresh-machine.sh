#!/usr/bin/env bash
# Proves README's quick start on a really fresh machine (not run by CI; needs root, about 20
# minutes and 5 GB): builds a minimal Debian bookworm root with debootstrap, gives it the Swift
# toolchain and what Swift itself needs (nothing Dangke needs), copies in the checkout, and runs
# the two commands of the quick start there with a timer:
#
#   ./dk run -c "count sessions"      (the prompt itself needs a terminal; -c runs one query)
#   ./dk test
#
# usage: sudo scripts/fresh-machine.sh [ROOT]      (ROOT: an empty folder; default: a new one)
#
#   SWIFT_ROOT  the toolchain, the folder that holds usr/bin/swift (default: found from the PATH)
#   MIRROR      the Debian mirror (default: the first URI of the apt sources here)
#   KEEP=1      keep ROOT afterwards (default: removed)
#
# Last run (2 cores, shared with other builds): debootstrap a few minutes, Swift's prerequisites
# 61 s, `./dk run` 241 s (installs libedit-dev libpq-dev libicu-dev pkg-config, builds, prints
# 485), `./dk test` 707 s ending "swift-test: 410 passed, 0 failed, 0 skipped".
#
# The toolchain is bind-mounted read-only at the same path; so are the folders that git's
# url.<folder>.insteadOf rules of this machine send package fetches to, if any, with those rules.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$(pwd)

[ "$(id -u)" = 0 ] || { echo "fresh-machine: run as root (debootstrap, chroot)" >&2; exit 1; }
SWIFT_ROOT=${SWIFT_ROOT:-$(cd "$(dirname "$(readlink -f "$(command -v swift)")")/../.." && pwd)}
if [ -z "${MIRROR:-}" ]; then
  MIRROR=$(grep -hsoE '^(URIs:|deb) +[^ ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
    | awk '{print $2}' | grep -v security | head -1 || true)
  MIRROR=${MIRROR:-http://deb.debian.org/debian}
fi
ROOT=${1:-$(mktemp -d "${TMPDIR:-/tmp}/dangke-fresh.XXXXXX")}
ROOT=$(readlink -f "$ROOT")

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ "${KEEP:-0}" != 1 ]; then rm -rf --one-file-system "$ROOT"; fi
}
trap cleanup EXIT
bind() { # bind SOURCE [ro]
  mkdir -p "$ROOT$1"
  mount --bind "$1" "$ROOT$1"
  mounted+=("$ROOT$1")
  if [ "${2:-}" = ro ]; then mount -o remount,bind,ro "$ROOT$1"; fi
}
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=xterm \
  PATH="$SWIFT_ROOT/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "$@"; }
timed() { # timed LABEL COMMAND…: runs it, prints the wall time
  local start=$SECONDS status=0
  "${@:2}" || status=$?
  echo "fresh-machine: $1 took $((SECONDS - start)) s (exit status $status)" >&2
  return "$status"
}

echo "fresh-machine: debootstrap bookworm into $ROOT from $MIRROR"
timed debootstrap debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >/dev/null
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$ROOT/proc" "$ROOT/sys" "$ROOT/dev"
mount -t proc proc "$ROOT/proc" && mounted+=("$ROOT/proc")
mount -t sysfs sys "$ROOT/sys" && mounted+=("$ROOT/sys")
mount --rbind /dev "$ROOT/dev" && mount --make-rslave "$ROOT/dev" && mounted+=("$ROOT/dev")

# What Swift itself needs on Debian 12 (swift.org's list, less what Dangke's ./dk installs).
echo "fresh-machine: Swift's own prerequisites"
timed swift-prerequisites in_root sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends binutils binutils-gold ca-certificates git \
  libc6-dev libcurl4 libgcc-12-dev libstdc++-12-dev libncurses6 libpython3.11 libsqlite3-0 \
  libxml2 tzdata uuid-dev zlib1g-dev >/dev/null'
bind "$SWIFT_ROOT" ro
while read -r key value; do
  folder=${key#url.}
  folder=${folder%.insteadof}
  [ -d "$folder" ] || continue
  mountpoint -q "$ROOT$folder" || bind "$folder" ro
  in_root git config --system --add "url.$folder.insteadOf" "$value"
done < <(git config --system --get-regexp '^url\..*\.insteadof$' 2>/dev/null || true)

echo "fresh-machine: copying the checkout to /src/dangke"
mkdir -p "$ROOT/src/dangke"
git ls-files -z --cached --others --exclude-standard | tar -c --null -T - -f - | tar -x -C "$ROOT/src/dangke"

echo "fresh-machine: ./dk run -c \"count sessions\""
timed "./dk run" in_root sh -c 'cd /src/dangke && ./dk run -c "count sessions"'
echo "fresh-machine: ./dk test"
timed "./dk test" in_root sh -c 'cd /src/dangke && ./dk test 2>&1 | tail -40'
