using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>People, hackathons and Datastreams for the hackathon tests, made through the real API where one exists.</summary>
internal sealed class HackathonsTestKit(SmartRegionApp app)
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

    public Task<(WebSession Session, Guid Id)> EditorAsync(string area) => PersonAsync("editor", (Roles.Editor, area));

    public static object Body(string area, string title, int min = 1, int max = 3) => new
    {
        area,
        title,
        description = "Wir bauen Werkzeuge für saubere Küsten.",
        startsAt = "2031-09-19T09:00",
        endsAt = "2031-09-24T17:00",
        submissionDeadline = "2031-09-24T12:00",
        placeName = "Kiel",
        isOnline = false,
        fields = new[] { "kuesten-meeresschutz" },
        teamSizeMin = min,
        teamSizeMax = max,
    };

    /// <summary>A hackathon in Kiel, created through the API by a new editor of Kiel.</summary>
    public async Task<int> HackathonAsync(string area = "kiel", int max = 3)
    {
        var (editor, _) = await EditorAsync(area);
        using (editor)
        {
            using var response = await editor.Client.PostAsJsonAsync(new Uri("/api/projects/hackathons", UriKind.Relative), Body(area, Unique("Küsten-Hackathon"), 1, max));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
        }
    }

    /// <summary>A challenge without Datastreams, added through the API by a new editor of the hackathon's area.</summary>
    public async Task<int> ChallengeAsync(int hackathonId, string area = "kiel", string title = "Küstenmüll")
    {
        var (editor, _) = await EditorAsync(area);
        using (editor)
        {
            using var response = await editor.Client.PostAsJsonAsync(new Uri($"/api/projects/hackathons/{hackathonId}/challenges", UriKind.Relative),
                new { title, description = "Müll am Strand finden.", ownerOrganisation = "TransMarTech SH" });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
        }
    }

    public async Task<WebSession> RegisteredAsync(int hackathonId)
    {
        var (session, _) = await PersonAsync("teilnehmerin");
        using var response = await session.Client.PostAsync(new Uri($"/api/projects/hackathons/{hackathonId}/registration", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return session;
    }

    public static async Task CreateTeamAsync(WebSession session, int hackathonId, string name)
    {
        using var response = await session.Client.PostAsJsonAsync(new Uri($"/api/projects/hackathons/{hackathonId}/teams", UriKind.Relative), new { name });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public Task<int> TeamIdAsync(int hackathonId, string name) =>
        app.QueryAsync(db => db.Set<HackathonTeam>().Where(t => t.HackathonId == hackathonId && t.Name == name).Select(t => t.Id).SingleAsync());

    public Task CloseAsync(int hackathonId) =>
        app.QueryAsync(db => db.Set<Hackathon>().Where(h => h.Id == hackathonId)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.SubmissionDeadline, DateTime.UtcNow.AddMinutes(-1))));

    /// <summary>A Thing with one Datastream, written straight into the SensorThings tables.</summary>
    public Task<long> DatastreamAsync(string name, string thing) => app.QueryAsync(async db =>
    {
        var thingRow = new ThingRow { Name = thing, Description = "Messboje" };
        var sensor = new SensorRow { Name = "Sonde", Description = "Sonde", EncodingType = "text/plain", Metadata = "-" };
        var property = new ObservedPropertyRow { Name = "Temperatur", Definition = "https://example.org/temperature", Description = "Wassertemperatur" };
        db.AddRange(thingRow, sensor, property);
        await db.SaveChangesAsync();
        var datastream = new DatastreamRow
        {
            Name = name,
            Description = "Wassertemperatur",
            UnitOfMeasurement = """{"name":"degree Celsius","symbol":"°C","definition":"http://www.qudt.org/qudt/owl/1.0.0/unit/Instances.html#DegreeCelsius"}""",
            ObservationType = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            ThingId = thingRow.Id,
            SensorId = sensor.Id,
            ObservedPropertyId = property.Id,
        };
        db.Add(datastream);
        await db.SaveChangesAsync();
        return datastream.Id;
    });

    /// <summary>Form fields for the overload of PostFormAsync that posts to another address than the form's.</summary>
    public static KeyValuePair<string, string>[] Fields(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))];

    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";
}
