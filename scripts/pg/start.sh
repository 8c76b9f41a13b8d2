#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests and benchmarks, and prints its postgres:// URL on stdout.
#
#   url=$(scripts/pg/start.sh /tmp/isnad-pg)    # DIR is optional (default: a new temp dir, named on stderr)
#   ISNAD_TEST_PG_URL=$url npx vitest run test/store test/scale
#   scripts/pg/stop.sh /tmp/isnad-pg            # stops the server and deletes DIR
#
# Uses Debian's server binaries (apt-get install -y postgresql; the newest /usr/lib/postgresql/*/bin wins),
# runs them as an unprivileged user (PostgreSQL refuses to run as root: as root the script creates the
# system user `isnadpg` when missing), listens on 127.0.0.1 only, on a free port, with trust authentication
# for loopback connections: a cluster for one test run, never for data that matters.
# pg_stat_statements is preloaded so that the scale bench can count queries and bytes per article.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "scripts/pg/start.sh: no PostgreSQL server under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)" >&2
  exit 1
fi

dir=${1:-}
if [[ -z "$dir" ]]; then
  dir=$(mktemp -d /tmp/isnad-pg.XXXXXX)
  echo "scripts/pg/start.sh: cluster in $dir (stop with scripts/pg/stop.sh $dir)" >&2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [[ -e "$dir/data/PG_VERSION" ]]; then
  echo "scripts/pg/start.sh: $dir already holds a cluster; stop it first (scripts/pg/stop.sh $dir)" >&2
  exit 1
fi

# Run as the current user, or as `isnadpg` when root.
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  id -u isnadpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin isnadpg
  chown isnadpg "$dir"
  as_user=(runuser -u isnadpg --)
fi

# A free loopback port: bind port 0 and read what the kernel picked.
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")

"${as_user[@]}" "$bindir/initdb" -D "$dir/data" -U isnad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
mkdir -p "$dir/socket"
if [[ ${#as_user[@]} -gt 0 ]]; then chown isnadpg "$dir/socket"; fi
# Settings for a small shared machine: few connections are needed (workers share pools), and the
# statistics extension for the bench.
"${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "$port" >"$dir/port"
"${as_user[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U isnad isnad
echo "postgres://isnad@127.0.0.1:$port/isnad"
