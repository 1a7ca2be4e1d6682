using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

/// <summary>Hostile or broken input gets a clear 4xx answer: never a 500, never a stack trace.</summary>
public abstract class BadInputTests(SmartRegionApp app)
{
    [Theory]
    [InlineData("/areas/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/areas/' OR 1=1 --")]
    [InlineData("/api/areas?kind=%27%3BDROP%20TABLE%20Areas")]
    [InlineData("/api/areas/%C3%28")]
    [InlineData("/admin/users/not-a-guid")]
    [InlineData("/account/confirm-email?userId=not-a-guid&code=%%%")]
    [InlineData("/account/confirm-email?userId=00000000-0000-0000-0000-000000000000&code=!!!")]
    [InlineData("/account/reset-password?email=x&code=%ZZ")]
    [InlineData("/error/abc")]
    [InlineData("/?culture=xx-INVALID")]
    public async Task Get_BrokenInput_AnswersWithoutServerError(string path)
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode} {WebSession.Shorten(body)}");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_HugeValues_AreAFormErrorNotAServerError()
    {
        using var session = app.NewSession();
        var huge = new string('a', 100_000);

        using var response = await session.PostFormAsync("/account/login", ("Input.Email", huge + "@example.org"), ("Input.Password", huge));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kern-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AllFieldsMissing_ListsEachProblem()
    {
        using var session = app.NewSession();

        using var response = await session.PostFormAsync("/account/register");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var field in new[] { "Input_DisplayName", "Input_Email", "Input_Password", "Input_ConfirmPassword", "Input_AcceptPrivacy" })
        {
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BoundaryImport_OversizedBody_Is413()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<MachineTokenService>().CreateAsync("big", [TokenScopes.PlatformAdmin], CancellationToken.None);
        using var session = app.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/areas/boundaries", UriKind.Relative))
        {
            Content = new ByteArrayContent(new byte[21 * 1024 * 1024]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task BoundaryImport_DeeplyNestedJson_Is400()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<MachineTokenService>().CreateAsync("deep", [TokenScopes.PlatformAdmin], CancellationToken.None);
        using var session = app.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/areas/boundaries", UriKind.Relative))
        {
            Content = new StringContent(new string('[', 5000) + new string(']', 5000), System.Text.Encoding.UTF8, "application/geo+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class BadInputTestsOnSqlite(SqliteApp app) : BadInputTests(app), IClassFixture<SqliteApp>;

public sealed class BadInputTestsOnPostgres(PostgresApp app) : BadInputTests(app), IClassFixture<PostgresApp>;
