#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store's contract tests and
# print its connection URL (the only line on stdout); everything else goes to stderr.
#
#   export LAGEBILD_TEST_PG="$(bash scripts/postgres.sh)"
#
# Installs the Debian package `postgresql` when no server binaries are found. The
# data directory is a fresh temp folder, the port a free one, local connections are
# trusted (no password): never use this for anything but tests. The server keeps
# running after the script ends; stop it with the command printed on stderr, or give
# a file name as the first argument and the script writes that command into it:
#
#   bash scripts/postgres.sh /tmp/stop-pg.sh   # ...later: bash /tmp/stop-pg.sh
set -euo pipefail
stop_file="${1:-}"

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

if ! bindir="$(find_bindir)"; then
  if [ "$(id -u)" -ne 0 ]; then
    log "no PostgreSQL server binaries found; install them (apt-get install postgresql) or run as root"
    exit 1
  fi
  log "installing the Debian package postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir="$(find_bindir)" || { log "postgresql installed but initdb/pg_ctl not found"; exit 1; }
fi

# The server refuses to run as root: use the postgres system user when we are root.
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres >&2
  fi
  run_as=(runuser -u postgres --)
fi

base="$(mktemp -d "${TMPDIR:-/tmp}/lagebild-pg.XXXXXX")"
chmod 755 "$base"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$base"; fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${run_as[@]}" "$bindir/initdb" --pgdata="$base/data" --username=postgres --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
  || { cat "$base/initdb.log" >&2; log "initdb failed"; exit 1; }

# fsync off: a test server's data may be lost on a crash, and tests run faster
"${run_as[@]}" "$bindir/pg_ctl" --pgdata="$base/data" --log="$base/server.log" --wait \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$base -c fsync=off" \
  start >&2 || { cat "$base/server.log" >&2; log "the server did not start"; exit 1; }

stop="${run_as[*]} $bindir/pg_ctl --pgdata=$base/data --mode=fast stop"
log "server running, data in $base; stop it with: $stop"
if [ -n "$stop_file" ]; then printf '%s\n' "$stop" >"$stop_file"; fi
echo "postgresql://postgres@127.0.0.1:$port/postgres"
