using System.Diagnostics;
using Npgsql;

namespace SmartRegion.Tests.Infrastructure;

/// <summary>
/// Finds the PostgreSQL server the tests use. <c>SMARTREGION_TEST_POSTGRES</c> names one explicitly; otherwise the
/// local default (postgres/postgres on 127.0.0.1:5432) is tried, and when nothing answers there the tests start a
/// private throw-away server of their own (trust authentication, 127.0.0.1 only, port 55432) from the installed
/// PostgreSQL binaries, so that <c>dotnet test</c> needs no set-up beyond the Debian packages.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "SMARTREGION_TEST_POSTGRES";

    private const string LocalDefault = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres;Timeout=3";
    private const int PrivatePort = 55432;

    private static readonly Lazy<Task<string>> Server = new(FindOrStartAsync);

    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static async Task<string> FindOrStartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (await AnswersAsync(LocalDefault))
        {
            return LocalDefault;
        }

        var privateServer = $"Host=127.0.0.1;Port={PrivatePort};Username=postgres;Database=postgres;Timeout=3";
        if (!await AnswersAsync(privateServer))
        {
            await StartPrivateServerAsync();
        }

        return privateServer;
    }

    private static async Task<bool> AnswersAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task StartPrivateServerAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL answers on 127.0.0.1:5432 and none is installed to start one. Install it (apt-get install postgresql-15-postgis-3) or set {Variable}.");
        }

        var data = Path.Combine(Path.GetTempPath(), "smartregion-test-postgres");
        var asRoot = Environment.UserName == "root";
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            Directory.CreateDirectory(data);
            if (asRoot)
            {
                await RunAsync("chown", "postgres:postgres", data);
            }

            await RunPostgresToolAsync(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        }

        await RunPostgresToolAsync(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(data, "server.log"), "-w",
            "-o", $"-p {PrivatePort} -c listen_addresses=127.0.0.1 -k {data} -c fsync=off -c max_connections=300", "start");
    }

    /// <summary>PostgreSQL refuses to run as root; as root the tools run as the postgres user the Debian package created.</summary>
    private static Task RunPostgresToolAsync(bool asRoot, string tool, params string[] arguments) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments]) : RunAsync(tool, arguments);

    private static async Task RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {await error}");
        }
    }
}
