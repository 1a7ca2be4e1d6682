using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Reports;

/// <summary>What the report tests do again and again: sign in, file a report through the form, get a token.</summary>
internal static class ReportKit
{
    public const string Password = "a long enough password";

    public static async Task<WebSession> SignedInAsync(SmartRegionApp app, string prefix, params (string Role, string? Area)[] grants)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return session;
    }

    public static (string Name, string Value)[] Fields(string category, string areaSlugId, string lat, string lon, string description) =>
    [
        ("Input.Category", category), ("Input.AreaId", areaSlugId), ("Input.Latitude", lat), ("Input.Longitude", lon),
        ("Input.Address", ""), ("Input.Description", description), ("Input.PhotoAlt", ""),
    ];

    /// <summary>Files a report through the form and answers its id.</summary>
    public static async Task<int> FileAsync(SmartRegionApp app, WebSession session, string category = "beach-litter", string area = "kiel", string? description = null)
    {
        var areaId = (await app.AreaIdAsync(area)).ToString(CultureInfo.InvariantCulture);
        using var response = await session.PostFormAsync("/participation/reports/new", Fields(category, areaId, "54,3721", "10,1633", description ?? $"Plastikmüll am Strand {Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/participation/reports/", location, StringComparison.Ordinal);
        return int.Parse(location["/participation/reports/".Length..].Split('?')[0], CultureInfo.InvariantCulture);
    }

    public static async Task<string> TokenAsync(SmartRegionApp app, params string[] scopes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<MachineTokenService>().CreateAsync("Strand-App", scopes, CancellationToken.None);
        return secret;
    }

    public static Task<string> Open311TokenAsync(SmartRegionApp app) => TokenAsync(app, TokenScopes.Open311Write);
}
