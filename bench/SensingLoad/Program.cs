using SmartRegion.Bench;

// bench/SensingLoad: the client side of bench/run-scale.sh. Each command prints one result line that the script
// copies into its report.
return args switch
{
    ["setup", var url, var token, var count] => await StreamSetup.RunAsync(new Uri(url), token, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["ingest", var url, var token, var first, var streams, var total, var rows, var clients, var serverPid] =>
        await DataArrayLoad.RunAsync(new Uri(url), token, new LoadPlan(Number(first), (int)Number(streams), Number(total), (int)Number(rows), (int)Number(clients)), (int)Number(serverPid)),
    ["baseline", var provider, var connection, var first, var streams, var total, var rows, var statementRows, var clients] =>
        await PlainInsertLoad.RunAsync(provider, connection, new LoadPlan(Number(first), (int)Number(streams), Number(total), (int)Number(rows), (int)Number(clients)), (int)Number(statementRows)),
    _ => Usage(),
};

static long Number(string text) => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          SensingLoad setup URL TOKEN DATASTREAMS
          SensingLoad ingest URL TOKEN FIRST_DATASTREAM DATASTREAMS OBSERVATIONS ROWS_PER_REQUEST CLIENTS SERVER_PID
          SensingLoad baseline Sqlite|Postgres CONNECTION FIRST_DATASTREAM DATASTREAMS OBSERVATIONS ROWS_PER_REQUEST ROWS_PER_STATEMENT CLIENTS
        """);
    return 2;
}
