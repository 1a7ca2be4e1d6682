using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;

namespace SmartRegion.BrowserTests;

/// <summary>Accounts the browser tests need beyond the portal's fixed ones, made straight through the identity services.</summary>
internal static class BrowserAccounts
{
    /// <summary>A new account with the Reviewer role for the whole region; returns its address (its name is the part before the @).</summary>
    public static async Task<string> ReviewerAsync(PortalServer server, string password)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var email = $"gutachterin-{Guid.NewGuid():N}"[..24] + "@kielregion.example";
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, password)).Succeeded);
        await scope.ServiceProvider.GetRequiredService<RoleGrantService>().GrantAsync(user, Roles.Reviewer, null, null, CancellationToken.None);
        return email;
    }
}
