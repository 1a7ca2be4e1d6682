using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

public abstract class SecurityTests(SmartRegionApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/areas")]
    [InlineData("/no-such-page")]
    public async Task Responses_AnyPath_CarrySecurityHeadersAndCspWithoutUnsafeInline(string path)
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_Html_HaveNoInlineScriptsOrStyles()
    {
        using var session = app.NewSession();
        var html = await session.GetHtmlAsync("/");

        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    [InlineData("/accessibility")]
    public async Task Forms_PostWithoutAntiforgeryToken_AreRejected(string path)
    {
        using var session = app.NewSession();
        await session.GetHtmlAsync(path);
        using var content = new FormUrlEncodedContent([new("Input.Email", "someone@example.org")]);
        using var response = await session.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_SessionAndAntiforgeryCookies_AreSecureHttpOnlyLax()
    {
        await app.CreatePersonAsync("cookie@example.org", "a long enough password");
        using var session = app.NewSession();
        using var form = await session.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartregion.antiforgery=", StringComparison.Ordinal));

        using var response = await session.PostFormAsync("/account/login", ("Input.Email", "cookie@example.org"), ("Input.Password", "a long enough password"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessionCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartregion.session=", StringComparison.Ordinal));
        foreach (var cookie in new[] { sessionCookie, antiforgery })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("samesite=lax", sessionCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/steal", "/")]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/areas", "/areas")]
    public async Task SignIn_ReturnUrl_StaysOnThisSite(string returnUrl, string expectedLocation)
    {
        var email = $"redirect-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, "a long enough password");
        using var session = app.NewSession();

        using var response = await session.PostFormAsync(
            "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl),
            ("Input.Email", email),
            ("Input.Password", "a long enough password"),
            ("ReturnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
    }
}

public sealed class SecurityTestsOnSqlite(SqliteApp app) : SecurityTests(app), IClassFixture<SqliteApp>;

public sealed class SecurityTestsOnPostgres(PostgresApp app) : SecurityTests(app), IClassFixture<PostgresApp>;

/// <summary>Cookie keys live in the database: a second instance on the same database reads the first one's session.</summary>
public sealed class SharedKeysTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task SignInCookie_FromOneInstance_IsValidOnAnother()
    {
        await app.CreatePersonAsync("two-instances@example.org", "a long enough password");
        using var first = app.NewSession();
        using var signIn = await first.PostFormAsync("/account/login", ("Input.Email", "two-instances@example.org"), ("Input.Password", "a long enough password"));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartregion.session=", StringComparison.Ordinal)).Split(';')[0];

        await using var second = new SecondInstance(app);
        using var client = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("two-instances@example.org", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The key that protects the cookie is in the database, not in a folder of one machine.
        Assert.True(await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.DataProtectionKeys)));
    }

    private sealed class SecondInstance(SmartRegionApp first) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", first.Engine.ToString());
            builder.UseSetting("Database:ConnectionString", first.Database.ConnectionString);
        }
    }
}
