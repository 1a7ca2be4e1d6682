using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>A SensorThings client of the test app: a write token, JSON in and out.</summary>
public sealed class SensingClient(HttpClient client, string token) : IDisposable
{
    public static async Task<SensingClient> CreateAsync(SmartRegionApp app, string scope = TokenScopes.SensingWrite)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var services = app.Services.CreateAsyncScope();
        var (_, token) = await services.ServiceProvider.GetRequiredService<MachineTokenService>().CreateAsync($"sensing-{Guid.NewGuid():N}", [scope], CancellationToken.None);
        return new SensingClient(app.NewSession().Client, token);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json = null, bool authenticated = true, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (authenticated)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body;
        try
        {
            body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            Assert.Fail($"{method} {path}: {(int)response.StatusCode} answered with no JSON: {WebSession.Shorten(text)}");
            throw;
        }
        return (response.StatusCode, body, response);
    }

    /// <summary>Sends any content (CSV, say) and returns the answer as text.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendRawAsync(HttpMethod method, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {body}");
        return body;
    }

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Creates an entity and returns its id.</summary>
    public async Task<long> PostAsync(string path, string json)
    {
        var (status, body, response) = await SendAsync(HttpMethod.Post, path, json);
        Assert.True(status == HttpStatusCode.Created, $"POST {path}: {(int)status} {body}");
        Assert.NotNull(response.Headers.Location);
        return body.GetProperty("@iot.id").GetInt64();
    }

    public void Dispose() => client.Dispose();
}
