using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Geo;

namespace SmartRegion.Platform.Database;

public static class DatabaseSetup
{
    private static readonly SqliteGeoFunctions GeoFunctions = new();

    public static void AddDatabase(this WebApplicationBuilder builder, IReadOnlyList<IModuleModel> moduleModels)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(new ModuleModelList(moduleModels));

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, builder.Environment.ContentRootPath);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContext<SmartRegionDb, PostgresSmartRegionDb>(db => db.UseNpgsql(
                    connectionString,
                    npgsql => npgsql.CommandTimeout(options.CommandTimeoutSeconds)));
                break;
            default:
                builder.Services.AddDbContext<SmartRegionDb, SqliteSmartRegionDb>(db => db
                    .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(options.CommandTimeoutSeconds))
                    .AddInterceptors(GeoFunctions));
                break;
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DatabaseStartup>();
    }

    /// <summary>
    /// The default SQLite file lives under <c>data/</c> of the content root; its folder is created here because
    /// SQLite creates files but not folders.
    /// </summary>
    public static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                    ["Database__ConnectionString is required when Database__Provider is Postgres."]);
            }

            // The same statements run again and again (ingest, SensorThings reads): let the server keep them prepared,
            // unless the operator chose otherwise.
            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (postgres.MaxAutoPrepare == 0)
            {
                postgres.MaxAutoPrepare = 64;
            }

            return postgres.ConnectionString;
        }

        var sqlite = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString) ? "Data Source=data/smartregion.db" : options.ConnectionString);
        if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(sqlite.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            sqlite.DataSource = path;
        }

        sqlite.ForeignKeys = true;
        return sqlite.ToString();
    }
}
