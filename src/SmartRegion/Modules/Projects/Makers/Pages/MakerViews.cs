using Microsoft.AspNetCore.WebUtilities;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>The filters of the directory pages: a plain GET form, so filtered views can be bookmarked.</summary>
public sealed record MakerFiltersView(IReadOnlyList<FieldInfo> Fields, IReadOnlyList<AreaChoice> Areas, string? Field, string? Area, bool ShowStage, string? Stage);

/// <summary>Previous and next links of a directory page, keeping the filters.</summary>
public sealed record PagingView(string Path, int Page, int Total, IReadOnlyDictionary<string, string?> Filters)
{
    public int PageCount => Math.Max(1, (Total + MakerCatalog.PageSize - 1) / MakerCatalog.PageSize);

    public string LinkTo(int page)
    {
        var query = Filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, query);
    }
}

/// <summary>Names of fields and areas for showing stored keys and ids.</summary>
public sealed class MakerNames(IReadOnlyList<FieldInfo> fields, IReadOnlyList<AreaChoice> areas)
{
    public IReadOnlyList<FieldInfo> Fields { get; } = fields;

    public IReadOnlyList<AreaChoice> Areas { get; } = areas;

    public static async Task<MakerNames> LoadAsync(RegionDirectory directory, CancellationToken cancellationToken) =>
        new(await directory.FieldsAsync(cancellationToken), await directory.ChoicesAsync(cancellationToken));

    public string Area(int id) => Areas.FirstOrDefault(a => a.Id == id)?.Name ?? "";

    public string Field(string key) => Fields.FirstOrDefault(f => f.Key == key)?.Name(LocalizationSetup.IsEnglish) ?? key;

    public string FieldList(string storedKeys) => string.Join(", ", MakerRules.SplitFields(storedKeys).Select(Field));
}

/// <summary>A project in a list; below a section heading its own heading is one level lower.</summary>
public sealed record ProjectCardView(MakerProject Project, MakerProfile? Maker, MakerNames Names, bool InSection = false);

/// <summary>The fields checkboxes and the area choice that profiles and projects share.</summary>
public sealed record PlaceInputsView(MakerNames Names, IReadOnlyList<string> SelectedFields, int? AreaId, string AreaHint);

public sealed record EnumSelectView(string Name, string Label, string TextPrefix, IReadOnlyList<string> Values, string Selected)
{
    public static EnumSelectView Of<T>(string name, string label, string textPrefix, T selected)
        where T : struct, Enum => new(name, label, textPrefix, [.. Enum.GetNames<T>()], selected.ToString());
}
