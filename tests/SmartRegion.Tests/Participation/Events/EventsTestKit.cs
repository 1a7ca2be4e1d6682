using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Events;

/// <summary>People and events for the event tests, made through the real pages and API.</summary>
internal sealed class EventsTestKit(SmartRegionApp app)
{
    public const string Password = "a long enough password";

    public async Task<(WebSession Session, Guid Id)> PersonAsync(string name, params (string Role, string? Area)[] grants)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return (session, person.Id);
    }

    public Task<(WebSession Session, Guid Id)> ResidentAsync() => PersonAsync("resident");

    public Task<(WebSession Session, Guid Id)> ModeratorAsync(string area) => PersonAsync("moderator", (Roles.Moderator, area));

    /// <summary>Submits through the API; the times are Berlin wall-clock times.</summary>
    public static async Task<int> SubmitAsync(
        WebSession session, string area, string title, string start, string? end = null, bool allDay = false,
        string language = "de", string description = "Alle sind willkommen.", string? endDate = null)
    {
        var (startDate, startTime) = Split(start);
        var body = new Dictionary<string, object?>
        {
            ["area"] = area,
            ["title"] = title,
            ["description"] = description,
            ["language"] = language,
            ["startDate"] = startDate,
            ["startTime"] = allDay ? null : startTime,
            ["endDate"] = endDate ?? (end is null ? null : Split(end).Date),
            ["endTime"] = allDay || end is null ? null : Split(end).Time,
            ["allDay"] = allDay,
            ["placeName"] = "Vinetaplatz",
            ["address"] = "Vinetaplatz 1, 24143 Kiel",
            ["latitude"] = 54.3133,
            ["longitude"] = 10.1536,
            ["organiserName"] = "Nachbarschaftstreff Gaarden",
            ["contactLink"] = "https://example.org/treff",
        };
        using var response = await session.Client.PostAsJsonAsync(new Uri("/api/participation/events", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Submitting {title}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    public static async Task ApproveAsync(WebSession moderator, int id)
    {
        using var response = await moderator.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>A submitted and approved event.</summary>
    public async Task<int> ApprovedAsync(string area, string title, string start, string? end = null, bool allDay = false, string language = "de", string? endDate = null, string description = "Alle sind willkommen.")
    {
        var (resident, _) = await ResidentAsync();
        using (resident)
        {
            var id = await SubmitAsync(resident, area, title, start, end, allDay, language, description, endDate);
            var (moderator, _) = await PersonAsync("editor", (Roles.Editor, null));
            using (moderator)
            {
                await ApproveAsync(moderator, id);
            }

            return id;
        }
    }

    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";

    private static (string Date, string? Time) Split(string value)
    {
        var parts = value.Split(' ');
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
