using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>
/// $filter across to-many links, date() and time(), and comparisons of time intervals, on both engines. Every test
/// builds its own Things under a fresh tag and filters on it, since the tests share one database.
/// </summary>
public abstract partial class FilterTests(SmartRegionApp app)
{
    private static string Stream(string name, string description = "Messreihe", string properties = "{}") => $$$"""
        {"name":"{{{name}}}","description":"{{{description}}}","properties":{{{properties}}},"observationType":"OM_Measurement",
         "unitOfMeasurement":{"name":"Zentimeter","symbol":"cm","definition":"ucum:cm"},
         "Sensor":{"name":"Sonde","description":"d","encodingType":"text/html","metadata":"m"},
         "ObservedProperty":{"name":"Größe","definition":"https://example.org/g","description":"d"}}
        """;

    /// <summary>A Thing with its own Location (named after it) and the given Datastreams.</summary>
    private static async Task<long> ThingAsync(SensingClient client, string name, params string[] datastreams) =>
        await client.PostAsync("/v1.1/Things", $$$"""
            {"name":"{{{name}}}","description":"Messstelle",
             "Locations":[{"name":"{{{name}}} Ort","description":"d","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.1,54.3]}}],
             "Datastreams":[{{{string.Join(",", datastreams)}}}]}
            """);

    private static async Task<long> DatastreamAsync(SensingClient client, long thing, string name)
    {
        var streams = await client.GetAsync($"/v1.1/Things({thing})/Datastreams?$filter=" + Uri.EscapeDataString($"name eq '{name}'"));
        return streams.GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
    }

    private static async Task ObserveAsync(SensingClient client, long datastream, string phenomenonTime, object result, string extra = "")
    {
        var value = JsonSerializer.Serialize(result);
        await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", $$"""{"phenomenonTime":"{{phenomenonTime}}","result":{{value}}{{extra}}}""");
    }

    private static async Task<List<string>> NamesAsync(SensingClient client, string collection, string filter)
    {
        var page = await client.GetAsync($"/v1.1/{collection}?$filter={Uri.EscapeDataString(filter)}");
        return [.. page.GetProperty("value").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static string NewTag() => "F" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task ToMany_ComparisonAndFunction_HoldWhenOneRelatedRowMatches()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        await ThingAsync(client, $"{tag} A", Stream($"{tag} Wasserstand"), Stream($"{tag} Temperatur"));
        await ThingAsync(client, $"{tag} B", Stream($"{tag} Wind"));

        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"Datastreams/name eq '{tag} Temperatur'"));
        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"startswith(Datastreams/name, '{tag} Wasser')"));
        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"Datastreams/name ne '{tag} Wind' and startswith(name, '{tag}')"));
        Assert.Equal([$"{tag} B"], await NamesAsync(client, "Things", $"startswith(name, '{tag}') and not (Datastreams/name eq '{tag} Temperatur')"));
        Assert.Equal([$"{tag} A", $"{tag} B"], await NamesAsync(client, "Things", $"Datastreams/name eq '{tag} Wind' or Datastreams/name eq '{tag} Wasserstand'"));
        Assert.Empty(await NamesAsync(client, "Things", $"Datastreams/Sensor/name eq 'Sonde' and Datastreams/name eq '{tag} Regen'"));
    }

    [Fact]
    public async Task ToMany_AndOfTwoConditions_MayMatchDifferentRows_WhileOneConditionReadsOneRow()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        await ThingAsync(client, $"{tag} Beide", Stream($"{tag} Eins", description: $"{tag} Zwei"), Stream($"{tag} Zwei", description: $"{tag} Eins"));
        await ThingAsync(client, $"{tag} Gleich", Stream($"{tag} Drei", description: $"{tag} Drei"));
        await ThingAsync(client, $"{tag} Nur Eins", Stream($"{tag} Eins"));

        var both = await NamesAsync(client, "Things", $"Datastreams/name eq '{tag} Eins' and Datastreams/name eq '{tag} Zwei'");
        var sameRow = await NamesAsync(client, "Things", $"startswith(name, '{tag}') and Datastreams/name eq Datastreams/description");

        Assert.Equal([$"{tag} Beide"], both);
        Assert.Equal([$"{tag} Gleich"], sameRow);
    }

    [Fact]
    public async Task ToMany_TwoLevelsDown_FindsEachThingOnce()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        var high = await ThingAsync(client, $"{tag} Hoch", Stream($"{tag} H"));
        var low = await ThingAsync(client, $"{tag} Tief", Stream($"{tag} T"));
        var highStream = await DatastreamAsync(client, high, $"{tag} H");
        var lowStream = await DatastreamAsync(client, low, $"{tag} T");
        foreach (var (hour, result) in new[] { (1, 6), (2, 7), (3, 8) })
        {
            await ObserveAsync(client, highStream, $"2023-06-01T0{hour}:00:00Z", result);
            await ObserveAsync(client, lowStream, $"2023-06-01T0{hour}:00:00Z", result - 5);
        }

        var page = await client.GetAsync("/v1.1/Things?$count=true&$filter=" + Uri.EscapeDataString($"Datastreams/Observations/result gt 5 and startswith(name, '{tag}')"));

        Assert.Equal(1, page.GetProperty("@iot.count").GetInt32());
        Assert.Equal(high, Assert.Single(page.GetProperty("value").EnumerateArray()).GetProperty("@iot.id").GetInt64());
    }

    [Fact]
    public async Task ManyToMany_LocationsByThingName_GoThroughTheLinkTable()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        await ThingAsync(client, $"{tag} A", Stream($"{tag} a"));
        await ThingAsync(client, $"{tag} B", Stream($"{tag} b"));

        Assert.Equal([$"{tag} B Ort"], await NamesAsync(client, "Locations", $"Things/name eq '{tag} B'"));
        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"Locations/name eq '{tag} A Ort'"));
        Assert.Equal([$"{tag} a"], await NamesAsync(client, "Datastreams", $"Thing/Locations/name eq '{tag} A Ort'"));
    }

    [Fact]
    public async Task ToMany_ObservationTimes_AndToOneBeforeToMany_Work()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        var thing = await ThingAsync(client, $"{tag} A", Stream($"{tag} Neu", properties: """{"aktiv":true}"""), Stream($"{tag} Alt", properties: """{"aktiv":false}"""));
        var other = await ThingAsync(client, $"{tag} B", Stream($"{tag} Fremd"));
        await ObserveAsync(client, await DatastreamAsync(client, thing, $"{tag} Neu"), "2024-03-01T12:00:00Z", 1);
        await ObserveAsync(client, await DatastreamAsync(client, thing, $"{tag} Alt"), "2023-03-01T12:00:00Z", 2);
        await ObserveAsync(client, await DatastreamAsync(client, other, $"{tag} Fremd"), "2024-03-01T12:00:00Z", 3);

        Assert.Equal([$"{tag} Fremd", $"{tag} Neu"], await NamesAsync(client, "Datastreams", $"Observations/phenomenonTime gt 2024-01-01T00:00:00Z and startswith(name, '{tag}')"));
        var viaThing = await client.GetAsync("/v1.1/Observations?$orderby=result&$filter=" + Uri.EscapeDataString($"Datastream/Thing/Datastreams/name eq '{tag} Alt'"));
        Assert.Equal([1, 2], viaThing.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetInt32()));
        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"startswith(name, '{tag}') and Datastreams/properties/aktiv"));
        Assert.Equal([$"{tag} A"], await NamesAsync(client, "Things", $"startswith(name, '{tag}') and length(Datastreams/Observations/FeatureOfInterest/name) gt 0 and Datastreams/Observations/result lt 2"));
    }

    [Theory]
    [InlineData("Things?$filter=Datastreams eq 1", "'Datastreams' is a collection of Datastreams, not a value")]
    [InlineData("Things?$filter=Datastreams/Observations eq 1", "'Observations' is a collection of Observations, not a value")]
    [InlineData("Datastreams?$filter=Thing eq 1", "'Thing' is an entity, not a value")]
    [InlineData("Things?$orderby=Datastreams/name", "can be used only inside a comparison or a boolean function")]
    [InlineData("Things?$filter=Datastreams/colour eq 'rot'", "Datastream has no property 'colour'")]
    [InlineData("Things?$filter=date(name) eq 2024-05-01", "a point in time is needed here, not a text")]
    [InlineData("Observations?$filter=time(phenomenonTime) eq 2024-05-01T00:00:00Z", "cannot compare a time of day with a point in time")]
    [InlineData("Observations?$filter=date(phenomenonTime) eq 12:00:00", "cannot compare a date with a time of day")]
    [InlineData("Observations?$filter=time(phenomenonTime) lt 25:00", "is not a valid time of day")]
    public async Task BadFilters_Are400WithTheReason(string query, string reason)
    {
        using var client = await SensingClient.CreateAsync(app);
        var separator = query.IndexOf('=', StringComparison.Ordinal) + 1;

        var (status, body, response) = await client.SendAsync(HttpMethod.Get, "/v1.1/" + query[..separator] + Uri.EscapeDataString(query[separator..]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class FilterTestsOnSqlite(SqliteApp app) : FilterTests(app), IClassFixture<SqliteApp>;

public sealed class FilterTestsOnPostgres(PostgresApp app) : FilterTests(app), IClassFixture<PostgresApp>;
