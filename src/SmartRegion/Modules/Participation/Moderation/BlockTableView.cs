namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Blocks in force, with the names to show for their areas and accounts.</summary>
public sealed record BlockTableView(
    IReadOnlyList<AccountBlock> Blocks, IReadOnlyDictionary<int, string> AreaNames, IReadOnlyDictionary<Guid, string> AccountNames, bool ShowAccount);
