using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Platform.Cli;

/// <summary>
/// Operator commands of the same executable: <c>migrate</c>, <c>admin create --email E</c>,
/// <c>token create --name N --scope S</c>. Each exits non-zero with a one-line message on bad input.
/// </summary>
public static class CommandLine
{
    private const string Usage =
        "usage: migrate | admin create --email E [--name N] | token create --name N --scope S[,S...] | import csv --datastream ID --file F";

    private static readonly string[] Commands = ["migrate", "admin", "token", "import"];

    /// <summary>
    /// Commands that modules add (the platform knows them only by name). Concurrent, because every application built
    /// in the process registers them again, and tests build several at once.
    /// </summary>
    public static ConcurrentDictionary<string, Func<IServiceProvider, IReadOnlyDictionary<string, string?>, Task<int>>> ModuleCommands { get; } = new(StringComparer.Ordinal);

    public static bool IsCommand(string[] args) => args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal);

    /// <summary>A command's standard output is its result (a token, a password): logs go to standard error, warnings only.</summary>
    public static void ConfigureLogging(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (!Commands.Contains(args[0]))
        {
            return Fail($"unknown command '{args[0]}'; {Usage}");
        }

        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await DatabaseStartup.PrepareAsync(services, app.Configuration.GetValue("Demo:Seed", true), CancellationToken.None);
            return args switch
            {
                ["migrate"] => Done("database is up to date (migrations and seeds applied)"),
                ["admin", "create", .. var rest] => await CreateAdminAsync(services, Options(rest)),
                ["token", "create", .. var rest] => await CreateTokenAsync(services, Options(rest)),
                [var verb, var noun, .. var rest] when ModuleCommands.TryGetValue($"{verb} {noun}", out var command) =>
                    await command(services, Options(rest).ToDictionary(o => o.Key, o => (string?)o.Value[^1])),
                _ => Fail(Usage),
            };
        }
        catch (ArgumentException exception)
        {
            return Fail(exception.Message);
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, Dictionary<string, List<string>> options)
    {
        var email = Single(options, "email");
        if (email is null || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return Fail("admin create needs --email with a valid address");
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Fail($"an account with {email} exists already; grant it the Admin role on /admin/users");
        }

        var password = OneTimePassword();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Single(options, "name") ?? "Administrator",
            MustChangePassword = true,
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Fail(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await services.GetRequiredService<RoleGrantService>().GrantAsync(user, Roles.Admin, null, null, CancellationToken.None);
        Console.WriteLine($"admin {email} created; one-time password (change it at first sign-in): {password}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, Dictionary<string, List<string>> options)
    {
        var name = Single(options, "name");
        var scopes = options.GetValueOrDefault("scope", [])
            .SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (string.IsNullOrWhiteSpace(name) || scopes.Count == 0)
        {
            return Fail($"token create needs --name and --scope (one of {string.Join(", ", TokenScopes.All)})");
        }

        var (_, secret) = await services.GetRequiredService<MachineTokenService>().CreateAsync(name, scopes, CancellationToken.None);
        Console.WriteLine(secret);
        return 0;
    }

    /// <summary>Reads <c>--key value</c> pairs; a key may repeat.</summary>
    private static Dictionary<string, List<string>> Options(string[] args)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'; {Usage}");
            }

            var key = args[i][2..];
            if (!options.TryGetValue(key, out var values))
            {
                options[key] = values = [];
            }

            values.Add(args[++i]);
        }

        return options;
    }

    private static string? Single(Dictionary<string, List<string>> options, string key) =>
        options.TryGetValue(key, out var values) ? values[^1] : null;

    private static string OneTimePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }
}
