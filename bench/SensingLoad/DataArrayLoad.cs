using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SmartRegion.Bench;

/// <param name="FirstDatastream">The Datastreams are FirstDatastream … FirstDatastream + Datastreams - 1.</param>
/// <param name="Rows">Observations per request (one Datastream each).</param>
internal sealed record LoadPlan(long FirstDatastream, int Datastreams, long Observations, int Rows, int Clients)
{
    public long PerDatastream => Observations / Datastreams;

    public long Requests => PerDatastream / Rows * Datastreams;
}

/// <summary>
/// Posts the plan's Observations to <c>CreateObservations</c> (dataArray) from several clients at once, all
/// Datastreams growing together, and watches the server's resident memory while it does.
/// </summary>
internal static class DataArrayLoad
{
    public static async Task<int> RunAsync(Uri root, string token, LoadPlan plan, int serverPid)
    {
        if (plan.PerDatastream % plan.Rows != 0)
        {
            Console.Error.WriteLine("The observations per Datastream must be a multiple of the rows per request.");
            return 2;
        }

        using var client = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var memory = new MemoryWatch(serverPid);
        var next = -1L;
        var stored = 0L;
        var failures = 0L;
        var clock = Stopwatch.StartNew();
        var firstMillion = TimeSpan.Zero;

        async Task ClientAsync()
        {
            for (var request = Interlocked.Increment(ref next); request < plan.Requests; request = Interlocked.Increment(ref next))
            {
                var datastream = plan.FirstDatastream + (request % plan.Datastreams);
                var firstIndex = request / plan.Datastreams * plan.Rows;
                using var content = new ByteArrayContent(Body(datastream, firstIndex, plan.Rows));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("v1.1/CreateObservations", UriKind.Relative), content);
                using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
                if (response.StatusCode != System.Net.HttpStatusCode.Created || answer.RootElement.GetArrayLength() != plan.Rows)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"request {request}: {(int)response.StatusCode} {answer.RootElement}");
                    continue;
                }

                var total = Interlocked.Add(ref stored, plan.Rows);
                if (total / 1_000_000 != (total - plan.Rows) / 1_000_000)
                {
                    if (total / 1_000_000 == 1)
                    {
                        firstMillion = clock.Elapsed;
                    }

                    Console.Error.WriteLine($"{total:N0} observations, {total / clock.Elapsed.TotalSeconds:N0}/s, server {memory.CurrentMegabytes} MB");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, plan.Clients).Select(_ => Task.Run(ClientAsync)));
        clock.Stop();
        var firstMillionRate = firstMillion > TimeSpan.Zero ? $"{1_000_000 / firstMillion.TotalSeconds:F0}" : "-";
        Console.WriteLine($"dataArray ingest: {stored} stored, {failures} failed requests, {clock.Elapsed.TotalSeconds:F1} s, " +
            $"{stored / clock.Elapsed.TotalSeconds:F0} obs/s (first million {firstMillionRate} obs/s), server memory peak {memory.PeakMegabytes} MB");
        return failures == 0 ? 0 : 1;
    }

    private static byte[] Body(long datastream, long firstIndex, int rows)
    {
        var buffer = new ArrayBufferWriter<byte>(rows * 40 + 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteStartObject("Datastream");
            json.WriteNumber("@iot.id", datastream);
            json.WriteEndObject();
            json.WriteStartArray("components");
            json.WriteStringValue("phenomenonTime");
            json.WriteStringValue("result");
            json.WriteEndArray();
            json.WriteStartArray("dataArray");
            for (var i = firstIndex; i < firstIndex + rows; i++)
            {
                json.WriteStartArray();
                json.WriteStringValue(Observations.Iso(Observations.Time(i)));
                json.WriteNumberValue(Observations.Result(datastream, i));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
