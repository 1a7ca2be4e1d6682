using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Common.Translations;

/// <summary>
/// Stores translations of contributions and picks the text a reader sees: the language asked for with
/// <c>?lang=</c> when the text exists in it, else the reader's interface language when a translation exists,
/// else the original.
/// </summary>
public sealed class Translations(SmartRegionDb db, TimeProvider clock)
{
    public const string QueryParameter = "lang";

    /// <summary>Adds the translation, or replaces the one the subject already has in that language.</summary>
    public async Task<ContentTranslation> SaveAsync(
        string subjectKind, long subjectId, string language, string title, string? body, Guid? createdBy, CancellationToken cancellationToken)
    {
        if (!ContentLanguage.IsKnown(language))
        {
            throw new ArgumentException($"'{language}' is not a content language.", nameof(language));
        }

        var translation = await db.Set<ContentTranslation>().SingleOrDefaultAsync(
            t => t.SubjectKind == subjectKind && t.SubjectId == subjectId && t.Language == language, cancellationToken);
        if (translation is null)
        {
            translation = new ContentTranslation { SubjectKind = subjectKind, SubjectId = subjectId, Language = language };
            db.Add(translation);
        }

        translation.Title = title.Trim();
        translation.Body = string.IsNullOrWhiteSpace(body) ? null : body.Trim();
        translation.CreatedAt = clock.GetUtcNow().UtcDateTime;
        translation.CreatedBy = createdBy;
        await db.SaveChangesAsync(cancellationToken);
        return translation;
    }

    /// <summary>The languages the subject has been translated into (without its original language).</summary>
    public Task<List<string>> LanguagesAsync(string subjectKind, long subjectId, CancellationToken cancellationToken) =>
        db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.SubjectKind == subjectKind && t.SubjectId == subjectId)
            .OrderBy(t => t.Language).Select(t => t.Language).ToListAsync(cancellationToken);

    /// <summary>
    /// The block a reader sees. <paramref name="alsoAvailable"/> names versions the subject carries itself (a
    /// process's English fields); the stored translations come on top.
    /// </summary>
    public async Task<TranslatedText> ForReaderAsync(
        string subjectKind, long subjectId, TextVersion original, string? requestedLanguage, CancellationToken cancellationToken,
        IEnumerable<TextVersion>? alsoAvailable = null, int headingLevel = 2, string idPrefix = "text")
    {
        ArgumentNullException.ThrowIfNull(original);
        var stored = await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.SubjectKind == subjectKind && t.SubjectId == subjectId)
            .Select(t => new TextVersion(t.Language, t.Title, t.Body)).ToListAsync(cancellationToken);
        var versions = (alsoAvailable ?? []).Concat(stored).ToList();
        return Pick(original, versions, requestedLanguage, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, headingLevel, idPrefix);
    }

    /// <summary>The choice itself, free of the database.</summary>
    public static TranslatedText Pick(
        TextVersion original, IReadOnlyList<TextVersion> translations, string? requestedLanguage, string interfaceLanguage,
        int headingLevel = 2, string idPrefix = "text")
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translations);
        var all = new List<TextVersion> { original };
        foreach (var version in translations)
        {
            if (ContentLanguage.IsKnown(version.Language) && all.TrueForAll(v => v.Language != version.Language))
            {
                all.Add(version);
            }
        }

        var shown = all.Find(v => v.Language == requestedLanguage) ?? all.Find(v => v.Language == interfaceLanguage) ?? original;
        var ordered = all.Take(1).Concat(all.Skip(1).OrderBy(v => ContentLanguage.All.ToList().IndexOf(v.Language))).Select(v => v.Language).ToList();
        return new TranslatedText { Shown = shown, Original = original, Languages = ordered, HeadingLevel = headingLevel, IdPrefix = idPrefix };
    }
}
