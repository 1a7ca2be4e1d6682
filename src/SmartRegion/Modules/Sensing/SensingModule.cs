using Microsoft.AspNetCore.Authorization;
using SmartRegion.Modules.Sensing.Api;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Cli;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Sensing;

/// <summary>The urban data platform's SensorThings API 1.1 at /v1.1 (and /v1.0).</summary>
public static class SensingModule
{
    private const string Version = "{version:regex(^v1\\.[01]$)}";

    public static void AddSensing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SensingOptions>()
            .Bind(builder.Configuration.GetSection(SensingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ObservationIngest>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ObservationIngest>());
        CommandLine.ModuleCommands["import csv"] = (services, options) =>
            long.TryParse(options.GetValueOrDefault("datastream"), out var datastream) && options.GetValueOrDefault("file") is { } file
                ? ImportCsvAsync(services, datastream, file, CancellationToken.None)
                : throw new ArgumentException("import csv needs --datastream with a Datastream's id and --file with a CSV file");
        builder.Services.AddSingleton<ObservationRetention>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ObservationRetention>());
        builder.Services.AddScoped<Queries.DatastreamDirectory>();
    }

    public static void MapSensing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/").WithTags("SensorThings").ExcludeFromDescription();
        var reads = new[]
        {
            api.MapGet(Version, SensingReadApi.RootAsync),
            api.MapGet($"{Version}/{{**path}}", SensingReadApi.GetAsync),
            app.MapAggregateApi(),
        };

        // Open data by default; an operator can require a token or a signed-in person for reading as well.
        if (app.Configuration.GetValue<bool>($"{SensingOptions.Section}:{nameof(SensingOptions.ReadRequiresAuthentication)}"))
        {
            var signedIn = new AuthorizationPolicyBuilder(IdentitySetup.PersonOrTokenScheme).RequireAuthenticatedUser().Build();
            foreach (var read in reads)
            {
                read.RequireAuthorization(signedIn);
            }
        }

        app.MapObservationAdminApi();
        app.MapCsvImportApi();

        var write = IdentitySetup.ScopePolicy(TokenScopes.SensingWrite);
        api.MapPost($"{Version}/{{**path}}", SensingWriteApi.PostAsync).RequireAuthorization(write);
        api.MapPatch($"{Version}/{{**path}}", SensingWriteApi.PatchAsync).RequireAuthorization(write);
        api.MapPut($"{Version}/{{**path}}", SensingWriteApi.PutAsync).RequireAuthorization(write);
        api.MapDelete($"{Version}/{{**path}}", SensingWriteApi.DeleteAsync).RequireAuthorization(write);
    }

    /// <summary><c>import csv --datastream N --file F</c>: the command line's bulk import, with a progress line on standard error.</summary>
    public static async Task<int> ImportCsvAsync(IServiceProvider services, long datastream, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!File.Exists(file))
        {
            throw new ArgumentException($"there is no file '{file}'");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var csv = new StreamReader(file);
        try
        {
            var imported = await CsvImportApi.ImportAsync(
                services.GetRequiredService<SmartRegion.Platform.Database.SmartRegionDb>(),
                datastream,
                csv,
                services.GetRequiredService<TimeProvider>(),
                count => Console.Error.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\rimported {count} observations ({count / Math.Max(started.Elapsed.TotalSeconds, 0.001):F0}/s)")),
                cancellationToken);
            Console.Error.WriteLine();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"imported {imported} observations into Datastream {datastream}"));
            return 0;
        }
        catch (WriteException exception)
        {
            Console.Error.WriteLine();
            throw new ArgumentException(exception.Message, exception);
        }
    }
}
