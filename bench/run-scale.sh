#!/usr/bin/env bash
# The scale benchmark of the SensorThings API: bulk ingest of OBSERVATIONS Observations into DATASTREAMS
# Datastreams through dataArray (against a plain batched INSERT into the same database), the server's memory while
# it ingests, then the read targets on the full data set.
#   bench/run-scale.sh [Sqlite|Postgres]
#   OBSERVATIONS=10000000 DATASTREAMS=1000 ROWS=10000 CLIENTS=2 BASELINE=1000000 (defaults)
# Needs wrk; for Postgres a server as in .ci/run. Every load is bounded and targets 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
provider=${1:-Sqlite}
observations=${OBSERVATIONS:-10000000}
datastreams=${DATASTREAMS:-1000}
rows=${ROWS:-10000}
clients=${CLIENTS:-2}
port=5091
root="http://127.0.0.1:$port"

bench_start "$provider" "$port"
dotnet build bench/SensingLoad -c Release -o "$work/load" -v quiet -nologo >/dev/null
load() { dotnet "$work/load/SensingLoad.dll" "$@"; }

read -r thing first < <(load setup "$root/" "$token" "$datastreams")
echo "== $provider: $datastreams Datastreams (ids $first…) of Thing $thing"

baseline=${BASELINE:-1000000}
echo "== $provider: plain batched INSERT of $baseline rows, same plan as the HTTP load, deleted again afterwards"
# PostgreSQL takes 1,000 rows per statement; SQLite's driver finds parameters by name, so it gets one row per statement.
statement_rows=$([ "$provider" = Postgres ] && echo 1000 || echo 1)
# Its plan is the first BASELINE/ROWS requests of the HTTP load (each to its own Datastream while there are enough).
baseline_streams=$(( baseline / rows < datastreams ? baseline / rows : datastreams ))
load baseline "$provider" "$Database__ConnectionString" "$first" "$baseline_streams" "$baseline" "$rows" "$statement_rows" "$clients"
if [ "$provider" = Postgres ]; then psql -q -h 127.0.0.1 -U postgres -d smartregion_bench -c "VACUUM ANALYZE sta_observations"; fi

echo "== $provider: dataArray ingest of $observations Observations, $rows per request, $clients clients"
load ingest "$root/" "$token" "$first" "$datastreams" "$observations" "$rows" "$clients" "$server"
# What autovacuum does on its own soon after a bulk load, done at once, so that every run reads the same state.
if [ "$provider" = Postgres ]; then psql -q -h 127.0.0.1 -U postgres -d smartregion_bench -c "VACUUM ANALYZE sta_observations"; fi

per=$((observations / datastreams))
latency() { # name connections seconds path-template
  echo "-- $1 ($2 connections, $3 s)"
  PATH_TEMPLATE=$4 FIRST=$first COUNT=$datastreams SPAN=$per wrk -t1 -c"$2" -d"$3"s -s bench/latency.lua "$root" | tail -n 1
}
echo "== $provider: reads on $observations Observations"
latency "latest Observation of one Datastream" 4 15 "/v1.1/Datastreams({ds})/Observations?\$orderby=phenomenonTime%20desc&\$top=1"
latency "latest Observation of all $datastreams Datastreams in one request" 1 20 \
  "/v1.1/Things($thing)/Datastreams?\$top=$datastreams&\$select=id,name&\$expand=Observations(\$orderby=phenomenonTime%20desc;\$top=1;\$select=phenomenonTime,result)"
latency "100-row page of one Datastream in a one-hour range" 4 15 \
  "/v1.1/Datastreams({ds})/Observations?\$filter=phenomenonTime%20ge%20{from}%20and%20phenomenonTime%20lt%20{to}&\$orderby=phenomenonTime&\$top=100"
latency "\$count of one Datastream" 1 15 "/v1.1/Datastreams({ds})/Observations?\$count=true&\$top=0"
echo "total stored: $(curl -sf "$root/v1.1/Observations?\$count=true&\$top=0" | sed -E 's/.*"@iot.count":([0-9]+).*/\1/')"
echo "server memory now: $(awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2/1024}' /proc/$server/status)"
