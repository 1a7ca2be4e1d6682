using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Identity;

public abstract class TokenTests(SmartRegionApp app)
{
    private async Task<string> CreateTokenAsync(string name, params string[] scopes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<MachineTokenService>().CreateAsync(name, scopes, CancellationToken.None);
        return secret;
    }

    private static async Task<HttpResponseMessage> SendAsync(WebSession session, HttpMethod method, string path, string? token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/geo+json");
        }

        return await session.Client.SendAsync(request);
    }

    [Fact]
    public async Task Token_Valid_IdentifiesTheClientWithItsScopes()
    {
        var token = await CreateTokenAsync("Pegel Holtenau", TokenScopes.SensingWrite);
        using var session = app.NewSession();

        using var response = await SendAsync(session, HttpMethod.Get, "/api/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("token", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Pegel Holtenau", body.RootElement.GetProperty("name").GetString());
        Assert.Equal(TokenScopes.SensingWrite, Assert.Single(body.RootElement.GetProperty("scopes").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Token_OnlyItsHashIsStored()
    {
        var token = await CreateTokenAsync("hash check", TokenScopes.SensingWrite);

        var stored = await app.QueryAsync(db => db.MachineTokens.AsNoTracking().SingleAsync(t => t.Name == "hash check"));

        Assert.NotEqual(token, stored.SecretHash);
        Assert.DoesNotContain(token, stored.SecretHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.SecretHash.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("srt_unknownunknownunknownunknownunknown")]
    [InlineData("garbage")]
    public async Task Token_MissingOrUnknown_Is401ProblemDetails(string? token)
    {
        using var session = app.NewSession();

        using var response = await SendAsync(session, HttpMethod.Put, "/api/areas/kiel/boundary", token, "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Token_Revoked_Is401()
    {
        var token = await CreateTokenAsync("to revoke", TokenScopes.PlatformAdmin);
        using var session = app.NewSession();
        using (var before = await SendAsync(session, HttpMethod.Get, "/api/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var id = await app.QueryAsync(db => db.MachineTokens.Where(t => t.Name == "to revoke").Select(t => t.Id).SingleAsync());
            Assert.True(await scope.ServiceProvider.GetRequiredService<MachineTokenService>().RevokeAsync(id, CancellationToken.None));
        }

        using var after = await SendAsync(session, HttpMethod.Get, "/api/me", token);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_WrongScope_Is403ProblemDetails()
    {
        var token = await CreateTokenAsync("sensor only", TokenScopes.SensingWrite);
        using var session = app.NewSession();

        using var response = await SendAsync(session, HttpMethod.Put, "/api/areas/kiel/boundary", token, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TokensPage_AdminCreatesShowsOnceAndRevokes()
    {
        await app.CreatePersonAsync("token-admin@example.org", "a long enough password", (Roles.Admin, null));
        using var session = app.NewSession();
        await session.SignInAsync("token-admin@example.org", "a long enough password");

        using var created = await session.PostFormAsync(
            "/admin/tokens",
            [new("Input.Name", "Luftmessstation"), new("Input.Scopes", TokenScopes.SensingWrite), new("Input.Scopes", TokenScopes.SensingAdmin)],
            "/admin/tokens?handler=Create");
        var html = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "id=\"new-token\">(srt_[^<]+)<").Groups[1].Value;
        Assert.StartsWith("srt_", secret, StringComparison.Ordinal);
        Assert.True(created.Headers.CacheControl?.NoStore, "The page with the secret must not be cached.");

        var list = await session.GetHtmlAsync("/admin/tokens");
        Assert.Contains("Luftmessstation", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);

        var id = await app.QueryAsync(db => db.MachineTokens.Where(t => t.Name == "Luftmessstation").Select(t => t.Id).SingleAsync());
        using var revoked = await session.PostFormAsync("/admin/tokens", [new("tokenId", id.ToString())], "/admin/tokens?handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var after = await SendAsync(session, HttpMethod.Get, "/api/me", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task TokensPage_NoScope_ShowsErrorAndCreatesNothing()
    {
        await app.CreatePersonAsync("token-admin2@example.org", "a long enough password", (Roles.Admin, null));
        using var session = app.NewSession();
        await session.SignInAsync("token-admin2@example.org", "a long enough password");

        using var response = await session.PostFormAsync("/admin/tokens", [new("Input.Name", "ohne Scope")], "/admin/tokens?handler=Create");

        Assert.Contains("mindestens eine Berechtigung", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.MachineTokens.AnyAsync(t => t.Name == "ohne Scope")));
    }
}

public sealed class TokenTestsOnSqlite(SqliteApp app) : TokenTests(app), IClassFixture<SqliteApp>;

public sealed class TokenTestsOnPostgres(PostgresApp app) : TokenTests(app), IClassFixture<PostgresApp>;
