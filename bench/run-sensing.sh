#!/usr/bin/env bash
# Measures the SensorThings endpoints of a Release build on this machine, client and server on loopback.
#   bench/run-sensing.sh [Sqlite|Postgres]
# Needs wrk (apt-get install wrk); for Postgres a server as in .ci/run (postgres/postgres on 127.0.0.1:5432).
# Every load is bounded in time and targets 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:-Sqlite}
port=5090
source bench/server.sh
bench_start "$provider" "$port"

thing='{"name":"Bench","description":"bench","Locations":[{"name":"L","description":"d","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.15,54.37]}}],
  "Datastreams":[{"name":"D","description":"d","observationType":"OM_Measurement","unitOfMeasurement":{"name":"cm","symbol":"cm","definition":"ucum:cm"},
  "Sensor":{"name":"S","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"O","definition":"d","description":"d"}}]}'
curl -sf -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d "$thing" "http://127.0.0.1:$port/v1.1/Things" >/dev/null
datastream=1

echo "== $provider: service root, 50 connections, 15 s"
wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/v1.1" | grep -E "Requests/sec|Latency|99%"

echo "== $provider: single-observation POSTs, 50 connections, 20 s"
TOKEN=$token DATASTREAM=$datastream wrk -t2 -c50 -d20s --latency -s bench/post-observation.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|99%|status|requests in"
stored=$(curl -sf "http://127.0.0.1:$port/v1.1/Datastreams($datastream)/Observations?\$count=true&\$top=0" | sed -E 's/.*"@iot.count":([0-9]+).*/\1/')
echo "observations stored: $stored"

echo "== $provider: latest observation of the datastream, 20 connections, 15 s"
wrk -t2 -c20 -d15s --latency "http://127.0.0.1:$port/v1.1/Datastreams($datastream)/Observations?\$orderby=phenomenonTime%20desc&\$top=1" | grep -E "Requests/sec|Latency|99%"
