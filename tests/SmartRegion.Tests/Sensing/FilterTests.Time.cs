namespace SmartRegion.Tests.Sensing;

/// <summary>date(), time() and comparisons where one side is a time interval.</summary>
public abstract partial class FilterTests
{
    /// <summary>A Datastream of its own and a function listing the results of its Observations that match a filter.</summary>
    private async Task<(SensingClient Client, long Datastream, Func<string, Task<List<string>>> Matching)> StreamAsync()
    {
        var client = await SensingClient.CreateAsync(app);
        var tag = NewTag();
        var thing = await ThingAsync(client, $"{tag} Zeit", Stream($"{tag} Zeitreihe"));
        var datastream = await DatastreamAsync(client, thing, $"{tag} Zeitreihe");
        async Task<List<string>> Matching(string filter)
        {
            var page = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$top=100&$filter={Uri.EscapeDataString(filter)}");
            return [.. page.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetString()!).Order(StringComparer.Ordinal)];
        }

        return (client, datastream, Matching);
    }

    [Fact]
    public async Task DateAndTime_OfStoredInstants_CompareWithLiterals_AlsoBefore1970()
    {
        var (client, datastream, matching) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "2024-05-01T10:00:00Z", "morgens", ""","resultTime":"2024-05-01T10:05:00Z" """);
        await ObserveAsync(client, datastream, "2024-05-01T23:59:59.5Z", "spät", ""","resultTime":"2024-05-02T00:00:01Z" """);
        await ObserveAsync(client, datastream, "2024-05-02T00:00:00Z", "mitternacht");
        await ObserveAsync(client, datastream, "1969-12-31T22:00:00Z", "früher");

        Assert.Equal(["morgens", "spät"], await matching("date(phenomenonTime) eq date(2024-05-01T10:00:00Z)"));
        Assert.Equal(["morgens", "spät"], await matching("date(phenomenonTime) eq 2024-05-01"));
        Assert.Equal(["früher"], await matching("date(phenomenonTime) eq 1969-12-31"));
        Assert.Equal(["morgens"], await matching("date(resultTime) eq 2024-05-01"));
        Assert.Equal(["mitternacht", "morgens"], await matching("time(phenomenonTime) lt time(2024-01-01T12:00:00Z)"));
        Assert.Equal(["früher", "spät"], await matching("time(phenomenonTime) ge 12:00:00"));
        Assert.Equal(["früher"], await matching("time(phenomenonTime) eq 22:00"));
        Assert.Equal(["mitternacht", "spät"], await matching("phenomenonTime ge 2024-05-01T23:00:00Z"));
        Assert.Equal(["mitternacht"], await matching("phenomenonTime ge 2024-05-02"));
        Assert.Equal(["früher", "mitternacht", "morgens", "spät"], await matching("totaloffsetminutes(phenomenonTime) eq 0"));
        Assert.Equal(["spät"], await matching("hour(time(phenomenonTime)) eq 23 and day(date(phenomenonTime)) eq 1"));
    }

    [Fact]
    public async Task ClockParts_OfAnInstantBefore1970_CountForwardsFromItsMidnight()
    {
        var (client, datastream, matching) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "1969-12-31T23:59:58.75Z", "Silvester");
        await ObserveAsync(client, datastream, "2024-05-01T10:20:30.25Z", "Mai");

        Assert.Equal(["Silvester"], await matching("hour(phenomenonTime) eq 23 and minute(phenomenonTime) eq 59 and second(phenomenonTime) eq 58"));
        Assert.Equal(["Silvester"], await matching("fractionalseconds(phenomenonTime) eq 0.75"));
        Assert.Equal(["Mai"], await matching("hour(phenomenonTime) eq 10 and minute(phenomenonTime) eq 20 and second(phenomenonTime) eq 30 and fractionalseconds(phenomenonTime) eq 0.25"));
    }

    [Fact]
    public async Task TimePlusOrMinusDuration_IsATime_DifferenceOfTimesIsADuration()
    {
        var (client, datastream, matching) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "2024-05-01T10:00:00Z", "zehn");
        await ObserveAsync(client, datastream, "2024-05-01T11:30:00Z", "halb zwölf", ""","resultTime":"2024-05-01T12:00:00Z" """);
        await ObserveAsync(client, datastream, "2024-05-02T10:00:00Z", "nächster Tag");

        Assert.Equal(["halb zwölf", "nächster Tag"], await matching("phenomenonTime gt 2024-05-01T12:00:00Z sub duration'PT1H'"));
        Assert.Equal(["zehn"], await matching("phenomenonTime add duration'P1D' le 2024-05-02T10:00:00Z and phenomenonTime lt 2024-05-01T11:00:00Z"));
        Assert.Equal(["halb zwölf", "nächster Tag", "zehn"], await matching("phenomenonTime gt now() sub duration'P36500D'"));
        Assert.Equal(["halb zwölf"], await matching("resultTime sub phenomenonTime eq duration'PT30M'"));

        var (status, problem, _) = await client.SendAsync(HttpMethod.Get, $"/v1.1/Datastreams({datastream})/Observations?$filter=phenomenonTime add duration'PT1H' gt 5");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Contains("point in time", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntervalAgainstInstant_ComparesAsASpan()
    {
        var (client, datastream, matching) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "2024-01-01T10:00:00Z/2024-01-01T12:00:00Z", "10-12");
        await ObserveAsync(client, datastream, "2024-01-01T12:00:00Z/2024-01-01T14:00:00Z", "12-14");
        await ObserveAsync(client, datastream, "2024-01-01T11:00:00Z/2024-01-01T13:00:00Z", "11-13");
        await ObserveAsync(client, datastream, "2024-01-01T11:00:00Z", "11");
        await ObserveAsync(client, datastream, "2024-01-01T12:00:00Z", "12");
        await ObserveAsync(client, datastream, "2024-01-01T13:00:00Z", "13");
        const string Noon = "2024-01-01T12:00:00Z";

        Assert.Equal(["10-12", "11"], await matching($"phenomenonTime lt {Noon}"));
        Assert.Equal(["10-12", "11", "12"], await matching($"phenomenonTime le {Noon}"));
        Assert.Equal(["12"], await matching($"phenomenonTime eq {Noon}"));
        Assert.Equal(["10-12", "11", "11-13", "12-14", "13"], await matching($"phenomenonTime ne {Noon}"));
        Assert.Equal(["12", "12-14", "13"], await matching($"phenomenonTime ge {Noon}"));
        Assert.Equal(["13"], await matching($"phenomenonTime gt {Noon}"));
        Assert.Equal(["10-12", "11"], await matching($"{Noon} gt phenomenonTime"));
        Assert.Equal(["12", "12-14", "13"], await matching($"{Noon} le phenomenonTime"));
        Assert.Equal(["11-13"], await matching($"not (phenomenonTime le {Noon}) and not (phenomenonTime ge {Noon})"));
    }

    [Fact]
    public async Task IntervalAgainstInterval_ComparesStartsAndEnds()
    {
        var (client, datastream, matching) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "2024-01-01T10:00:00Z/2024-01-01T12:00:00Z", "davor", ""","validTime":"2024-01-01T12:00:00Z/2024-01-01T18:00:00Z" """);
        await ObserveAsync(client, datastream, "2024-01-01T12:00:00Z/2024-01-01T14:00:00Z", "gleich", ""","validTime":"2024-01-01T12:00:00Z/2024-01-01T14:00:00Z" """);
        await ObserveAsync(client, datastream, "2024-01-01T11:00:00Z/2024-01-01T13:00:00Z", "früher", ""","validTime":"2024-01-01T12:00:00Z/2024-01-01T14:00:00Z" """);
        await ObserveAsync(client, datastream, "2024-01-01T15:00:00Z", "danach", ""","validTime":"2024-01-01T12:00:00Z/2024-01-01T14:00:00Z" """);
        await ObserveAsync(client, datastream, "2024-01-01T12:00:00Z", "ohne");

        Assert.Equal(["davor"], await matching("phenomenonTime lt validTime"));
        Assert.Equal(["davor"], await matching("validTime gt phenomenonTime"));
        Assert.Equal(["gleich"], await matching("phenomenonTime eq validTime"));
        Assert.Equal(["danach", "davor", "früher"], await matching("phenomenonTime ne validTime"));
        Assert.Equal(["davor", "früher", "gleich"], await matching("phenomenonTime le validTime"));
        Assert.Equal(["davor", "früher", "gleich"], await matching("validTime ge phenomenonTime"));
        Assert.Equal(["danach"], await matching("phenomenonTime gt validTime"));
        Assert.Equal(["danach", "gleich"], await matching("phenomenonTime ge validTime"));
    }

    [Fact]
    public async Task DatastreamPhenomenonTime_IsAnIntervalToo()
    {
        var (client, datastream, _) = await StreamAsync();
        using var owned = client;
        await ObserveAsync(client, datastream, "2024-01-01T10:00:00Z", 1);
        await ObserveAsync(client, datastream, "2024-01-01T13:00:00Z/2024-01-01T14:00:00Z", 2);
        async Task<bool> Matches(string filter) =>
            (await client.GetAsync($"/v1.1/Datastreams?$filter={Uri.EscapeDataString($"id eq {datastream} and ({filter})")}")).GetProperty("value").GetArrayLength() == 1;

        Assert.True(await Matches("phenomenonTime ge 2024-01-01T10:00:00Z"));
        Assert.False(await Matches("phenomenonTime gt 2024-01-01T10:00:00Z"));
        Assert.True(await Matches("phenomenonTime le 2024-01-01T14:00:00Z"));
        Assert.True(await Matches("phenomenonTime lt 2024-01-01T14:00:00Z"));
        Assert.False(await Matches("phenomenonTime lt 2024-01-01T13:59:59Z"));
        Assert.False(await Matches("phenomenonTime eq 2024-01-01T10:00:00Z"));
        Assert.True(await Matches("Observations/phenomenonTime eq 2024-01-01T10:00:00Z"));
        Assert.True(await Matches("date(phenomenonTime) eq 2024-01-01 and Observations/phenomenonTime gt 2024-01-01T12:30:00Z"));
        Assert.False(await Matches("Observations/phenomenonTime gt 2024-01-01T13:00:00Z"));
    }
}
