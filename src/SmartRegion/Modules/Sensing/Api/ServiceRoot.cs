using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Api;

internal static class ServiceRoot
{
    private const string Requirements = "http://www.opengis.net/spec/iot_sensing/1.1/req/";

    /// <summary>The conformance classes this server implements completely; others are added as they are finished.</summary>
    public static readonly IReadOnlyList<string> Conformance =
    [
        Requirements + "datamodel",
        Requirements + "resource-path/resource-path-to-entities",
        Requirements + "request-data",
        Requirements + "create-update-delete",
        Requirements + "batch-request/batch-request",
        Requirements + "data-array/data-array",
        Requirements + "multi-datastream",
    ];

    public static void Write(Utf8JsonWriter json, string serviceRoot, bool version11)
    {
        json.WriteStartObject();
        if (version11)
        {
            json.WritePropertyName("serverSettings");
            json.WriteStartObject();
            json.WritePropertyName("conformance");
            json.WriteStartArray();
            foreach (var requirement in Conformance)
            {
                json.WriteStringValue(requirement);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WritePropertyName("value");
        json.WriteStartArray();
        foreach (var entity in SensingEntities.All)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.SetName);
            json.WriteString("url", $"{serviceRoot}/{entity.SetName}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
