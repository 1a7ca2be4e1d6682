# Shared by the bench scripts (sourced): a fresh database, a published Release build and a server on loopback.
#   bench_start <Sqlite|Postgres> <port>   sets: work, app, token, server, Database__* ; stops everything on exit
bench_start() {
  local provider=$1 port=$2
  work=$(mktemp -d)
  trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
  if [ "$provider" = Postgres ]; then
    export PGPASSWORD=postgres
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS smartregion_bench" -c "CREATE DATABASE smartregion_bench"
    # Loopback: no TLS between server and database (both the app and the baseline connect this way).
    export Database__ConnectionString="Host=127.0.0.1;Username=postgres;Password=postgres;Database=smartregion_bench;SSL Mode=Disable"
  else
    export Database__ConnectionString="Data Source=$work/bench.db"
  fi
  export Database__Provider=$provider Demo__Seed=false Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production
  app=$work/app
  dotnet publish src/SmartRegion -c Release -o "$app" -v quiet -nologo >/dev/null
  dotnet "$app/SmartRegion.dll" migrate >"$work/migrate.log" 2>&1
  token=$(dotnet "$app/SmartRegion.dll" token create --name bench --scope sensing:write)
  (cd "$app" && exec dotnet SmartRegion.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 1; done
  echo "the server did not start:" >&2; cat "$work/server.log" >&2; return 1
}
