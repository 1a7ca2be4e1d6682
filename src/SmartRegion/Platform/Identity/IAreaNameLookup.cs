namespace SmartRegion.Platform.Identity;

/// <summary>
/// Names of the areas a role grant is limited to. The platform knows areas only by id; the Region module,
/// which owns them, answers this (the platform never references a module).
/// </summary>
public interface IAreaNameLookup
{
    Task<IReadOnlyDictionary<int, string>> LookupAsync(IEnumerable<int> areaIds, CancellationToken cancellationToken);
}
