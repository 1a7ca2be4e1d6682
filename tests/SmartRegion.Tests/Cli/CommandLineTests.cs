using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Cli;

/// <summary>The operator commands, run as a real process of the built app against the test app's database.</summary>
public abstract class CommandLineTests(SmartRegionApp app)
{
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app.Database.Folder,
        };
        start.ArgumentList.Add(AppAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = app.Engine.ToString();
        start.Environment["Database__ConnectionString"] = app.Database.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    /// <summary>The app as built next to the tests (the test project references it, so it is built first).</summary>
    private static string AppAssembly()
    {
        var here = Path.GetDirectoryName(typeof(CommandLineTests).Assembly.Location)!;
        var path = Path.Combine(here, "SmartRegion.dll");
        Assert.True(File.Exists(path), $"The app is not built at {path}.");
        return path;
    }

    [Fact]
    public async Task AdminCreate_PrintsAOneTimePassword_ThatLeadsToChoosingANewOne()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@example.org";

        var (exitCode, output, error) = await RunAsync("admin", "create", "--email", email);

        Assert.True(exitCode == 0, error);
        var password = output.Split(':')[^1].Trim();
        Assert.True(password.Length >= 16, output);
        using var session = app.NewSession();
        using var response = await session.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/change-password", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var admin = await session.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task TokenCreate_PrintsATokenOnce_ThatAuthenticates()
    {
        var (exitCode, output, error) = await RunAsync("token", "create", "--name", "Pegelonline-Abruf", "--scope", "sensing:write,sensing:admin");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("srt_", output, StringComparison.Ordinal);
        using var session = app.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/me", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", output);
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sensing:admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token", "create", "--name", "x", "--scope", "everything")]
    [InlineData("token", "create", "--scope", "sensing:write")]
    [InlineData("admin", "create", "--email", "not-an-address")]
    [InlineData("admin", "create")]
    [InlineData("frobnicate")]
    [InlineData("token", "create", "--name")]
    [InlineData("import", "csv", "--datastream", "1")]
    [InlineData("import", "csv", "--datastream", "1", "--file", "/no/such/file.csv")]
    public async Task Commands_BadInput_ExitNonZeroWithOneLine(params string[] arguments)
    {
        var (exitCode, output, error) = await RunAsync(arguments);

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCsv_PrintsProgressAndStoresTheRows()
    {
        using var client = await SmartRegion.Tests.Sensing.SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", SmartRegion.Tests.Sensing.CsvImportTests.Thing);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        var file = Path.Combine(app.Database.Folder, "pegel.csv");
        await File.WriteAllLinesAsync(file, ["phenomenonTime,result", .. Enumerable.Range(0, 12_000).Select(i => $"2024-01-01T00:00:00Z,{500 + (i % 60)}".Replace("00:00:00Z", $"{i / 3600 % 24:00}:{i / 60 % 60:00}:{i % 60:00}Z", StringComparison.Ordinal))]);

        var (exitCode, output, error) = await RunAsync("import", "csv", "--datastream", datastream.ToString(System.Globalization.CultureInfo.InvariantCulture), "--file", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains("imported 12000 observations", output, StringComparison.Ordinal);
        Assert.Contains("imported 5000 observations", error, StringComparison.Ordinal);
        Assert.Equal(12_000, (await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true&$top=0")).GetProperty("@iot.count").GetInt32());
    }

    [Fact]
    public async Task Migrate_OnAnUpToDateDatabase_Succeeds()
    {
        var (exitCode, output, error) = await RunAsync("migrate");

        Assert.True(exitCode == 0, error);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }
}

public sealed class CommandLineTestsOnSqlite(SqliteApp app) : CommandLineTests(app), IClassFixture<SqliteApp>;

public sealed class CommandLineTestsOnPostgres(PostgresApp app) : CommandLineTests(app), IClassFixture<PostgresApp>;
