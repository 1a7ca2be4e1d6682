using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class EntityCreator
{
    /// <summary>
    /// PATCH (merge: only the given members change) or PUT (replace: members not given go back to empty, required
    /// ones must be given). To-one links change with <c>{"@iot.id": …}</c>; a Thing's Locations (or a Location's
    /// Things) are replaced as a whole, and each Thing that gets them records a new HistoricalLocation.
    /// </summary>
    public async Task<bool> UpdateAsync(EntityDefinition entity, long id, JsonElement body, bool replace, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw WriteException.Invalid("$", $"a {entity.EntityName} object is expected");
        }

        if (!await ExistsAsync(entity.Table, id, cancellationToken))
        {
            return false;
        }

        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        (NavigationDefinition Navigation, JsonElement Items)? links = null;
        foreach (var member in body.EnumerateObject())
        {
            var at = "$." + member.Name;
            given.Add(member.Name);
            if (Annotations.Any(a => member.Name.EndsWith(a, StringComparison.Ordinal)) || (member.Name == "@iot.id" && member.Value.ValueKind == JsonValueKind.Number && member.Value.GetInt64() == id))
            {
                continue;
            }

            if (entity.Property(member.Name) is { ReadOnly: false, Kind: not PropertyKind.Id } property)
            {
                JsonValues.Convert(property, member.Value, at, columns);
            }
            else if (entity.Navigation(member.Name) is { Kind: NavigationKind.ToOne } navigation)
            {
                var target = SensingEntities.BySetName(navigation.Target)!;
                if (member.Value.ValueKind != JsonValueKind.Object || !member.Value.TryGetProperty("@iot.id", out var linked) || member.Value.EnumerateObject().Count() != 1)
                {
                    throw WriteException.Invalid(at, $"to change the {navigation.Name}, send {{\"@iot.id\": …}} of an existing one");
                }

                columns[navigation.Column] = await LinkAsync(target, linked, at, cancellationToken);
            }
            else if (member.Value.ValueKind == JsonValueKind.Array
                && ((entity == SensingEntities.Things && member.Name == "Locations") || (entity == SensingEntities.Locations && member.Name == "Things")))
            {
                links = (entity.Navigation(member.Name)!, member.Value);
            }
            else
            {
                throw WriteException.Invalid(at, $"'{member.Name}' cannot be changed on a {entity.EntityName}");
            }
        }

        if (replace)
        {
            foreach (var property in entity.Properties.Where(p => p is { ReadOnly: false, Kind: not PropertyKind.Id } && !given.Contains(p.Name)))
            {
                if (property.Required)
                {
                    throw WriteException.Invalid("$", $"a {entity.EntityName} replaced with PUT needs '{property.Name}'");
                }

                JsonValues.Convert(property, JsonDocument.Parse("null").RootElement, "$." + property.Name, columns);
            }
        }

        if (columns.Count > 0)
        {
            var sql = new SqlText();
            var assignments = columns.Select(c => $"{c.Key} = {sql.Parameter(c.Value)}").ToList();
            sql.Append($"UPDATE {entity.Table} SET {string.Join(", ", assignments)} WHERE id = {sql.Parameter(id)}");
            await using var command = sql.CreateCommand(connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (links is ({ } linkNavigation, var items))
        {
            // Thing.Locations and Location.Things share the link table; each names its own column in it.
            await ExecuteAsync($"DELETE FROM sta_thing_locations WHERE {linkNavigation.Column} = {{0}}", [id], cancellationToken);
            await CreateChildrenAsync(entity, linkNavigation, id, items, "$." + linkNavigation.Name, cancellationToken);
            if (entity == SensingEntities.Things)
            {
                await RecordHistoricalLocationAsync(id, cancellationToken);
            }
        }

        return true;
    }
}
