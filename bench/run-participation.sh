#!/usr/bin/env bash
# The participation benchmark: IDEAS ideas, SUPPORTS supports and COMMENTS comments (one idea with exactly
# ON_ONE of them) written straight into a fresh database, then the issue's read targets over HTTP:
# the filtered idea list sorted by support and the page of the idea with ON_ONE comments at 20 concurrent
# clients, and the map's clustered data for every idea of the region.
#   bench/run-participation.sh [Sqlite|Postgres]
#   IDEAS=100000 SUPPORTS=1000000 COMMENTS=500000 ON_ONE=500 CLIENTS=20 SECONDS=20 (defaults)
# Needs wrk; for Postgres a server as in .ci/run. Every load is bounded and targets 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
provider=${1:-Sqlite}
ideas=${IDEAS:-100000}
supports=${SUPPORTS:-1000000}
comments=${COMMENTS:-500000}
on_one=${ON_ONE:-500}
clients=${CLIENTS:-20}
seconds=${SECONDS_PER_RUN:-20}
port=5092
root="http://127.0.0.1:$port"

bench_start "$provider" "$port"
dotnet build bench/ParticipationLoad -c Release -o "$work/load" -v quiet -nologo >/dev/null
echo "== $provider: writing $ideas ideas, $supports supports, $comments comments"
idea=$(dotnet "$work/load/ParticipationLoad.dll" seed "$provider" "$Database__ConnectionString" "$ideas" "$supports" "$comments" "$on_one")

latency() { # name connections seconds path
  echo "-- $1 ($2 connections, $3 s): $4"
  # One request first, so a broken path fails loudly instead of being timed.
  curl -sf -o /dev/null "$root$4"
  PATH_TEMPLATE=$4 wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"$3"s -s bench/latency.lua "$root" | tail -n 1
}
echo "== $provider: reads"
latency "idea list, area Kiel and below, sorted by support, first page" "$clients" "$seconds" "/participation/ideas?area=kiel&sort=MostSupported"
latency "idea list, innovation field and status, sorted by support, page 3" "$clients" "$seconds" "/participation/ideas?field=mobilitaet&status=Received&sort=MostSupported&page=3"
latency "idea page with $on_one comments" "$clients" "$seconds" "/participation/ideas/$idea"
latency "map data, whole region clustered (zoom 9)" 1 "$seconds" "/api/participation/ideas/map?bbox=9.4,53.9,10.9,54.7&zoom=9"
latency "map data, Kiel at street level (zoom 14)" 1 "$seconds" "/api/participation/ideas/map?bbox=10.10,54.30,10.20,54.36&zoom=14"
echo "map answer for the whole region: $(curl -sf "$root/api/participation/ideas/map?bbox=9.4,53.9,10.9,54.7&zoom=9" | grep -o '"count":[0-9]*' | cut -d: -f2 | paste -sd+ | bc) ideas in $(curl -sf "$root/api/participation/ideas/map?bbox=9.4,53.9,10.9,54.7&zoom=9" | grep -o '"type":"Feature"' | wc -l) features"
echo "server memory now: $(awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2/1024}' /proc/$server/status)"
