using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Common.Translations;

/// <summary>An idea or a neighbourhood event as its translations need it: who wrote it, where, in which language.</summary>
public sealed record TranslatableContribution(
    string Kind, int Id, int AreaId, Guid? AuthorId, string Language, string Title, string Body, bool IsHidden, bool IsApproved)
{
    public const string IdeaKind = IdeaDesk.OwnerKind;
    public const string EventKind = EventCatalog.Kind;

    public static TranslatableContribution Of(Idea idea)
    {
        ArgumentNullException.ThrowIfNull(idea);
        return new(IdeaKind, idea.Id, idea.AreaId, idea.AuthorId, idea.Language, idea.Title, idea.Body, idea.HiddenAt is not null, IsApproved: true);
    }

    public static TranslatableContribution Of(NeighbourhoodEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(EventKind, item.Id, item.AreaId, item.SubmittedBy, item.Language, item.Title, item.Description, item.HiddenAt is not null, item.Status == EventStatus.Approved);
    }

    /// <summary>The address segment of the kind: <c>ideas</c> or <c>events</c>.</summary>
    public string Segment => Kind == IdeaKind ? "ideas" : "events";

    public string PageUrl => $"/participation/{Segment}/{Id}";

    public string TranslateUrl => $"{PageUrl}/translate";

    /// <summary>A translation may be as long as the original may be.</summary>
    public int TitleMax => Kind == IdeaKind ? IdeaDesk.TitleMax : EventsModel.TitleLength;

    public int TextMax => Kind == IdeaKind ? IdeaDesk.BodyMax : EventsModel.DescriptionLength;

    /// <summary>The languages a translation may be in: every content language but the original's.</summary>
    public IReadOnlyList<string> TargetLanguages => [.. ContentLanguage.All.Where(l => l != Language)];

    public TextVersion Original => new(Language, Title, Body);
}

public enum TranslationRight
{
    Allowed,
    SignInNeeded,
    Forbidden,
    Blocked,
}

/// <summary>
/// Translations of ideas and neighbourhood events. Their author may add one, and so may the moderators and editors
/// of the contribution's area; the author no longer once a moderator hid it or while an event awaits approval,
/// since the translation would publish what the moderators have not let through.
/// </summary>
public sealed class ContributionTranslations(
    SmartRegionDb db, ParticipationAccess access, Translations translations, IStringLocalizer<SharedTexts> texts)
{
    /// <summary>The idea or event, or null when the kind is unknown or no such contribution exists.</summary>
    public async Task<TranslatableContribution?> FindAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (kind == TranslatableContribution.IdeaKind)
        {
            var idea = await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            return idea is null ? null : TranslatableContribution.Of(idea);
        }

        if (kind == TranslatableContribution.EventKind)
        {
            var item = await db.Set<NeighbourhoodEvent>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            return item is null ? null : TranslatableContribution.Of(item);
        }

        return null;
    }

    public async Task<TranslationRight> RightAsync(ClaimsPrincipal user, TranslatableContribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return TranslationRight.SignInNeeded;
        }

        var isStaff = await access.IsModeratorAsync(user, contribution.AreaId, cancellationToken);
        var isAuthor = contribution.AuthorId == accountId && !contribution.IsHidden && contribution.IsApproved;
        if (!isStaff && !isAuthor)
        {
            return TranslationRight.Forbidden;
        }

        return await access.IsBlockedAsync(accountId, contribution.AreaId, cancellationToken) ? TranslationRight.Blocked : TranslationRight.Allowed;
    }

    /// <summary>
    /// Whether the person may read the texts at all: a hidden contribution's texts only its area's staff; an event
    /// that is not approved only its submitter and the staff.
    /// </summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, TranslatableContribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        if (!contribution.IsHidden && contribution.IsApproved)
        {
            return true;
        }

        var accountId = ParticipationAccess.AccountId(user);
        if (accountId is null)
        {
            return false;
        }

        return (!contribution.IsHidden && contribution.AuthorId == accountId) || await access.IsModeratorAsync(user, contribution.AreaId, cancellationToken);
    }

    /// <summary>The problems of a translation, by field (<c>Language</c>, <c>Title</c>, <c>Text</c>), in the interface language.</summary>
    public List<FieldProblem> Check(TranslatableContribution contribution, string? language, string? title, string? text)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(language))
        {
            problems.Add(new("Language", texts["Validation.Required", texts["Translations.Language"]]));
        }
        else if (!contribution.TargetLanguages.Contains(language))
        {
            problems.Add(new("Language", texts["Translations.Error.Language", ContentLanguage.NativeName(contribution.Language)]));
        }

        Require(problems, "Title", texts["Translations.TitleLabel"], title, contribution.TitleMax);
        Require(problems, "Text", texts["Translations.BodyLabel"], text, contribution.TextMax);
        return problems;
    }

    /// <summary>Stores a checked translation; one in the same language is replaced. True when it is new.</summary>
    public async Task<(ContentTranslation Translation, bool Created)> SaveAsync(
        TranslatableContribution contribution, string language, string title, string text, Guid? translatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var existed = await db.Set<ContentTranslation>().AnyAsync(
            t => t.SubjectKind == contribution.Kind && t.SubjectId == contribution.Id && t.Language == language, cancellationToken);
        var translation = await translations.SaveAsync(contribution.Kind, contribution.Id, language, title, text, translatedBy, cancellationToken);
        return (translation, !existed);
    }

    public Task<List<ContentTranslation>> OfAsync(TranslatableContribution contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.SubjectKind == contribution.Kind && t.SubjectId == contribution.Id)
            .OrderBy(t => t.Language).ToListAsync(cancellationToken);
    }

    /// <summary>The block the contribution's page shows: in the language the reader asked for, else as <see cref="Translations"/> picks.</summary>
    public async Task<TranslatedText> ForReaderAsync(TranslatableContribution contribution, string? requestedLanguage, string idPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var text = await translations.ForReaderAsync(
            contribution.Kind, contribution.Id, contribution.Original, requestedLanguage, cancellationToken, headingLevel: 1, idPrefix: idPrefix);
        return new TranslatedText
        {
            Shown = text.Shown,
            Original = text.Original,
            Languages = text.Languages,
            HeadingLevel = text.HeadingLevel,
            IdPrefix = text.IdPrefix,
            TitleId = $"{idPrefix}-title",
        };
    }

    private void Require(List<FieldProblem> problems, string field, string label, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, texts["Validation.Required", label]));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, texts["Validation.MaxLength", label, max]));
        }
    }
}
