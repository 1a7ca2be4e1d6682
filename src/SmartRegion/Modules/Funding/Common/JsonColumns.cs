using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>
/// Lists and answer sets that belong to one row and are only ever read with it (a call's form, an application's
/// answers) are kept as a JSON text column: the same on SQLite and PostgreSQL, and a form change needs no migration.
/// </summary>
internal static class JsonColumns
{
    public const int KeyLength = 40;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            text => string.IsNullOrEmpty(text) ? new T() : JsonSerializer.Deserialize<T>(text, Options) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));
        return property;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
