using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

public abstract class HealthTests(SmartRegionApp app)
{
    [Fact]
    public async Task Health_DatabaseReachable_Returns200Healthy()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Liveness_Always_Returns200()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class HealthTestsOnSqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

public sealed class HealthTestsOnPostgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;

/// <summary>The app started against a database it cannot reach: readiness must say so with 503.</summary>
public sealed class UnreachableDatabaseTests
{
    [Theory]
    // A folder where the SQLite file should be cannot be opened as a database.
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none;Timeout=2")]
    [InlineData("Sqlite", "Data Source=/tmp")]
    public async Task Health_DatabaseUnreachable_Returns503(string provider, string connectionString)
    {
        await using var app = new UnreachableApp(provider, connectionString);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
    }

    private sealed class UnreachableApp(string provider, string connectionString)
        : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Database:MigrateOnStart", "false");
        }
    }
}
