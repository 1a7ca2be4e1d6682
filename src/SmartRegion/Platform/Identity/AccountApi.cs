using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace SmartRegion.Platform.Identity;

public static class AccountApi
{
    /// <summary><c>/api/me</c>: who the caller is, so a client can check its token or session.</summary>
    public static void MapAccountApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/me", (ClaimsPrincipal user) => user.Identity?.AuthenticationType == BearerTokenHandler.SchemeName
                ? TypedResults.Ok(new CallerDto("token", user.Identity.Name ?? "", [.. user.FindAll(PlatformClaims.Scope).Select(c => c.Value)], []))
                : TypedResults.Ok(new CallerDto(
                    "person",
                    user.FindFirstValue("name") ?? "",
                    [],
                    [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Concat(user.FindAll(PlatformClaims.ScopedRole).Select(c => c.Value))])))
            .RequireAuthorization(new AuthorizationPolicyBuilder(IdentitySetup.PersonOrTokenScheme)
                .RequireAuthenticatedUser()
                .Build())
            .WithName("GetCaller")
            .WithSummary("Who the caller is: a machine token with its scopes, or a signed-in person with roles.")
            .WithTags("Platform");
    }
}

/// <param name="Kind"><c>token</c> or <c>person</c>.</param>
public sealed record CallerDto(string Kind, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles);
