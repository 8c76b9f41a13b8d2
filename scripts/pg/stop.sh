#!/usr/bin/env bash
# Stops a cluster started by scripts/pg/start.sh DIR and deletes DIR (its data is throwaway).
set -euo pipefail
dir=${1:?usage: scripts/pg/stop.sh DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_user=()
[[ $(id -u) -eq 0 ]] && as_user=(runuser -u isnadpg --)
if [[ -e "$dir/data/postmaster.pid" && -n "$bindir" ]]; then
  "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
fi
rm -rf "$dir"
