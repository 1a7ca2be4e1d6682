using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SmartRegion.Tests.Platform;

/// <summary>German first, English complete: every text exists in both resource files, and every key a page uses exists.</summary>
public sealed partial class TextsTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "SmartRegion");

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SmartRegion.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("SmartRegion.slnx not found above the test folder.");
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Source, "Platform", "Localization", file))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void SharedTexts_GermanAndEnglish_HaveTheSameKeysAndNoEmptyValues()
    {
        var german = Read("SharedTexts.resx");
        var english = Read("SharedTexts.en.resx");

        Assert.Empty(german.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.DoesNotContain(german, t => string.IsNullOrWhiteSpace(t.Value));
        Assert.DoesNotContain(english, t => string.IsNullOrWhiteSpace(t.Value));
    }

    [Fact]
    public void SharedTexts_Placeholders_MatchBetweenLanguages()
    {
        var german = Read("SharedTexts.resx");
        var english = Read("SharedTexts.en.resx");

        foreach (var (key, value) in german)
        {
            var expected = Placeholder().Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal);
            var actual = Placeholder().Matches(english[key]).Select(m => m.Value).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{key}: placeholders differ");
        }
    }

    [Fact]
    public void PagesAndCode_UseOnlyKeysThatExist()
    {
        var keys = Read("SharedTexts.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var missing = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            missing.AddRange(LiteralKey().Matches(text).Select(m => m.Groups[1].Value).Where(k => !keys.Contains(k)).Select(k => $"{Path.GetFileName(file)}: {k}"));
        }

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>Literal keys in <c>T["…"]</c>, <c>texts["…"]</c> and validation attributes (ErrorMessage, Display Name).</summary>
    [GeneratedRegex(@"(?:(?:\bT|\btexts)\[|(?:ErrorMessage|Name) = )""([A-Z][A-Za-z0-9]*\.[A-Za-z0-9.:]+)""")]
    private static partial Regex LiteralKey();
}
