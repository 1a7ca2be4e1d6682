namespace SmartRegion.Platform.Identity;

/// <summary>
/// Names of the areas a role grant is limited to. The platform knows areas only by id; the Region module,
/// which owns them, answers this (the platform never references a module).
/// </summary>
public interface IAreaNameLookup
{
    Task<IReadOnlyDictionary<int, string>> LookupAsync(IEnumerable<int> areaIds, CancellationToken cancellationToken);

    /// <summary>Every area in tree order, for choosing one's home area.</summary>
    Task<IReadOnlyList<AreaListEntry>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>An area as a choice list shows it; <see cref="Depth"/> 0 is the region.</summary>
public sealed record AreaListEntry(int Id, string Name, int Depth);
