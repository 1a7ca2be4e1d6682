using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Region;

/// <summary>Where the region's areas and fields come from: by default the KielRegion files built into the app.</summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    /// <summary>A JSON file of areas (same form as Seed/kielregion-areas.json); empty for the built-in KielRegion.</summary>
    public string? AreasFile { get; set; }

    /// <summary>A JSON file of fields (same form as Seed/kielregion-fields.json); empty for the built-in KielRegion.</summary>
    public string? FieldsFile { get; set; }
}

/// <summary>
/// Puts the configured region into the database. It adds what is missing and never overwrites what is there, so
/// edits made in the platform survive a restart.
/// </summary>
internal sealed class RegionSeed(IOptions<RegionOptions> options, TimeProvider clock) : IStartupSeed
{
    public bool IsDemoContent => false;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        await SeedFieldsAsync(db, cancellationToken);
        await SeedAreasAsync(db, cancellationToken);
    }

    private async Task SeedFieldsAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        var fields = await ReadAsync<List<FieldSeed>>(options.Value.FieldsFile, "kielregion-fields.json", cancellationToken);
        var known = await db.Set<Field>().Select(f => f.Key).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var seed in fields)
        {
            order++;
            if (known.Contains(seed.Key))
            {
                continue;
            }

            db.Add(new Field
            {
                Key = seed.Key,
                Kind = seed.Kind,
                SortOrder = order,
                NameDe = seed.NameDe,
                NameEn = seed.NameEn,
                DescriptionDe = seed.DescriptionDe,
                DescriptionEn = seed.DescriptionEn,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAreasAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        var seeds = await ReadAsync<List<AreaSeed>>(options.Value.AreasFile, "kielregion-areas.json", cancellationToken);
        var existing = await db.Set<Area>().ToDictionaryAsync(a => a.Slug, cancellationToken);
        if (seeds.All(s => existing.ContainsKey(s.Slug)))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var seed in seeds.Where(s => !existing.ContainsKey(s.Slug)))
        {
            Area? parent = null;
            if (seed.Parent is not null && !existing.TryGetValue(seed.Parent, out parent))
            {
                throw new InvalidOperationException($"Area '{seed.Slug}' names parent '{seed.Parent}', which is not defined before it.");
            }

            var area = new Area
            {
                ParentId = parent?.Id,
                Kind = seed.Kind,
                Slug = seed.Slug,
                Name = seed.Name,
                Ags = seed.Ags,
                Ars = seed.Ars,
                Latitude = seed.Lat,
                Longitude = seed.Lon,
                PointApproximate = seed.PointApproximate,
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            area.Path = $"{parent?.Path ?? "/"}{area.Id}/";
            await db.SaveChangesAsync(cancellationToken);
            existing[area.Slug] = area;
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(string? file, string builtIn, CancellationToken cancellationToken)
    {
        await using var stream = string.IsNullOrWhiteSpace(file)
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream($"SmartRegion.Modules.Region.Seed.{builtIn}")
              ?? throw new InvalidOperationException($"The built-in seed {builtIn} is missing from the build.")
            : File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<T>(stream, SeedJson, cancellationToken)
               ?? throw new InvalidOperationException($"The seed file {file ?? builtIn} is empty.");
    }

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private sealed record AreaSeed(string Slug, string Name, AreaKind Kind, string? Parent, string? Ags, string? Ars, double Lat, double Lon, bool PointApproximate);

    private sealed record FieldSeed(string Key, FieldKind Kind, string NameDe, string NameEn, string DescriptionDe, string DescriptionEn);
}
