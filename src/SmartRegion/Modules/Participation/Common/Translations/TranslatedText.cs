namespace SmartRegion.Modules.Participation.Common.Translations;

/// <summary>A title and a text in one language.</summary>
public sealed record TextVersion(string Language, string Title, string? Body);

/// <summary>
/// The model of the partial <c>/Modules/Participation/Common/Translations/_TranslatedText.cshtml</c>: the
/// version a reader is shown, the original it came from and every language the text exists in. Build it with
/// <see cref="Translations.ForReaderAsync"/> and render it with
/// <c>&lt;partial name="/Modules/Participation/Common/Translations/_TranslatedText.cshtml" model="…" /&gt;</c>.
/// The partial writes the title as a heading of <see cref="HeadingLevel"/>, the body with its line breaks kept,
/// both inside an element with the shown language's <c>lang</c> and <c>dir</c> (<c>rtl</c> for Arabic), a note
/// when a translation is shown, and a list of links (<c>?lang=xx</c>, other query values kept) to the other
/// languages by their native names. Give <see cref="IdPrefix"/> when a page shows more than one block.
/// </summary>
public sealed class TranslatedText
{
    public required TextVersion Shown { get; init; }

    public required TextVersion Original { get; init; }

    /// <summary>Every language the text can be read in, the original's first.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>2 for a block inside a page, 1 when the title is the page's heading.</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>Prefix for the element ids, unique on the page.</summary>
    public string IdPrefix { get; init; } = "text";

    /// <summary>An id for the title's heading, so a landmark around the block can be labelled by it; none when null.</summary>
    public string? TitleId { get; init; }

    /// <summary>The query parameter the language links set.</summary>
    public string SwitchParameter { get; init; } = Translations.QueryParameter;

    public bool IsTranslation => Shown.Language != Original.Language;

    public string Direction => ContentLanguage.Direction(Shown.Language);
}
