using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>Writes entities in the SensorThings JSON form, with self and navigation links under the request's base URL.</summary>
internal sealed class EntityJsonWriter(Utf8JsonWriter json, string serviceRoot)
{
    public void WriteCollection(Page page, Func<Page, string?> nextLink)
    {
        ArgumentNullException.ThrowIfNull(page);
        json.WriteStartObject();
        if (page.Count is { } count)
        {
            json.WriteNumber("@iot.count", count);
        }

        json.WritePropertyName("value");
        json.WriteStartArray();
        foreach (var row in page.Rows)
        {
            WriteEntity(row, page.Options.Select);
        }

        json.WriteEndArray();
        if (page.HasMore && nextLink(page) is { } next)
        {
            json.WriteString("@iot.nextLink", next);
        }

        json.WriteEndObject();
    }

    public void WriteEntity(EntityRow row, IReadOnlyList<SensorThings.Query.PropertyPath>? select)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = row.Entity;
        var selfLink = $"{serviceRoot}/{entity.SetName}({row.Id})";
        var selected = select?.Select(s => s.Segments[0].Name).ToHashSet(StringComparer.Ordinal);
        bool Wanted(string name) => selected is null || selected.Contains(name) || (name == "@iot.id" && selected.Contains("id"));

        json.WriteStartObject();
        if (selected is null || Wanted("@iot.selfLink"))
        {
            json.WriteString("@iot.selfLink", selfLink);
        }

        foreach (var property in entity.Properties)
        {
            if (Wanted(property.Name))
            {
                WriteProperty(row, property);
            }
        }

        foreach (var navigation in entity.Navigations)
        {
            if (row.Expanded.TryGetValue(navigation.Name, out var expanded))
            {
                WriteExpanded(navigation, expanded, $"{selfLink}/{navigation.Name}");
            }
            else if (selected is null || selected.Contains(navigation.Name))
            {
                json.WriteString($"{navigation.Name}@iot.navigationLink", $"{selfLink}/{navigation.Name}");
            }
        }

        json.WriteEndObject();
    }

    public void WriteProperty(EntityRow row, PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(property);
        json.WritePropertyName(property.Name);
        WriteValue(row, property);
    }

    public void WriteValue(EntityRow row, PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(property);
        switch (property.Kind)
        {
            case PropertyKind.Id:
                json.WriteNumberValue(row.Id);
                break;
            case PropertyKind.Text:
                WriteStringOrNull(row.Column(property.Column) as string);
                break;
            case PropertyKind.Json or PropertyKind.GeoJson:
                WriteRawOrNull(row.Column(property.Column) as string);
                break;
            case PropertyKind.Result:
                WriteRawOrNull(row.Column("result_json") as string);
                break;
            case PropertyKind.Instant:
                WriteStringOrNull(row.Column(property.Column) is { } instant ? SensingTime.Format(Convert.ToInt64(instant, System.Globalization.CultureInfo.InvariantCulture)) : null);
                break;
            default:
                var start = row.Column(property.Column + "_start");
                var end = row.Column(property.Column + "_end");
                WriteStringOrNull(start is null
                    ? null
                    : property.Kind == PropertyKind.Interval && end is null
                        ? SensingTime.FormatInterval(Long(start), Long(start))
                        : SensingTime.FormatInterval(Long(start), end is null ? null : Long(end)));
                break;
        }
    }

    private void WriteExpanded(NavigationDefinition navigation, Page page, string navigationLink)
    {
        if (!navigation.IsCollection)
        {
            if (page.Rows.Count == 0)
            {
                json.WriteNull(navigation.Name);
            }
            else
            {
                json.WritePropertyName(navigation.Name);
                WriteEntity(page.Rows[0], page.Options.Select);
            }

            return;
        }

        if (page.Count is { } count)
        {
            json.WriteNumber($"{navigation.Name}@iot.count", count);
        }

        json.WritePropertyName(navigation.Name);
        json.WriteStartArray();
        foreach (var row in page.Rows)
        {
            WriteEntity(row, page.Options.Select);
        }

        json.WriteEndArray();
        if (page.HasMore)
        {
            json.WriteString($"{navigation.Name}@iot.nextLink", $"{navigationLink}?$top={page.Top}&$skip={page.Skip + page.Top}");
        }
    }

    private void WriteStringOrNull(string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    private void WriteRawOrNull(string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(value, skipInputValidation: true);
        }
    }

    private static long Long(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}
