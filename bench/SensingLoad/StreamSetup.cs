using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SmartRegion.Bench;

/// <summary>One Thing with a Location and the given number of Datastreams sharing one Sensor and ObservedProperty.</summary>
internal static class StreamSetup
{
    public static async Task<int> RunAsync(Uri root, string token, int count)
    {
        using var client = new HttpClient { BaseAddress = root };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var thing = await PostAsync(client, "v1.1/Things", """
            {"name":"Pegelnetz","description":"Synthetic gauges for the scale benchmark",
             "Locations":[{"name":"Kiel-Holtenau","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.15,54.37]}}],
             "Datastreams":[{"name":"Pegel 1","description":"Wasserstand","observationType":"OM_Measurement",
               "unitOfMeasurement":{"name":"Zentimeter","symbol":"cm","definition":"ucum:cm"},
               "Sensor":{"name":"Radar","description":"Radarpegel","encodingType":"text/html","metadata":"-"},
               "ObservedProperty":{"name":"Wasserstand","definition":"https://example.org/wasserstand","description":"Wasserstand"}}]}
            """);
        var first = await FirstDatastreamAsync(client, thing);
        using var sensorAndProperty = JsonDocument.Parse(await client.GetStringAsync($"v1.1/Datastreams({first})?$expand=Sensor,ObservedProperty"));
        var sensor = sensorAndProperty.RootElement.GetProperty("Sensor").GetProperty("@iot.id").GetInt64();
        var property = sensorAndProperty.RootElement.GetProperty("ObservedProperty").GetProperty("@iot.id").GetInt64();
        var last = first;
        for (var i = 2; i <= count; i++)
        {
            last = await PostAsync(client, $"v1.1/Things({thing})/Datastreams", $$$"""
                {"name":"Pegel {{{i}}}","description":"Wasserstand","observationType":"OM_Measurement",
                 "unitOfMeasurement":{"name":"Zentimeter","symbol":"cm","definition":"ucum:cm"},
                 "Sensor":{"@iot.id":{{{sensor}}}},"ObservedProperty":{"@iot.id":{{{property}}}}}
                """);
        }

        if (last - first + 1 != count)
        {
            Console.Error.WriteLine($"The Datastream ids are not consecutive ({first}…{last} for {count}); use a fresh database.");
            return 1;
        }

        Console.WriteLine($"{thing} {first}");
        return 0;
    }

    private static async Task<long> PostAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return created.RootElement.GetProperty("@iot.id").GetInt64();
    }

    private static async Task<long> FirstDatastreamAsync(HttpClient client, long thing)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync($"v1.1/Things({thing})/Datastreams?$select=id"));
        return list.RootElement.GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
    }
}
