using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>What a person wrote into the new-idea form or the API, before it is checked.</summary>
public sealed record IdeaDraft(string? Title, string? Body, string? FieldKey, int? AreaId, string? Language, double? Latitude, double? Longitude, string? ProcessSlug);

/// <summary>A photo that passed <see cref="UploadedImages.PrepareAsync"/>, with its description.</summary>
public sealed record PreparedPhoto(byte[] Bytes, string ContentType, int Width, int Height, string AltText);

/// <summary>A problem with one field of a draft or an answer, already in the person's language.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>Creates ideas and records official answers; the pages and the API both come here, so both check the same.</summary>
public sealed class IdeaDesk(
    SmartRegionDb db,
    RegionDirectory directory,
    IdeaPhases phases,
    UploadedImages images,
    Followers followers,
    IStringLocalizer<SharedTexts> texts,
    TimeProvider clock)
{
    public const int TitleMin = 5;
    public const int TitleMax = 150;
    public const int BodyMin = 10;
    public const int BodyMax = 5000;
    public const int AnswerMax = 4000;
    public const int MaxPhotos = 3;
    public const string OwnerKind = "idea";

    /// <summary>The process a draft names, or null; a problem when it is unknown or not taking ideas now.</summary>
    public async Task<(Process? Process, FieldProblem? Problem)> ProcessForAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return (null, null);
        }

        var process = await db.Set<Process>().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug && p.IsPublished, cancellationToken);
        if (process is null)
        {
            return (null, new FieldProblem("Process", texts["Ideas.Error.ProcessUnknown"]));
        }

        return await phases.IdeasOpenAsync(process.Id, cancellationToken)
            ? (process, null)
            : (process, new FieldProblem("Process", texts["Ideas.Error.ProcessClosed"]));
    }

    public async Task<List<FieldProblem>> CheckAsync(IdeaDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<FieldProblem>();
        CheckLength(problems, "Title", "Ideas.Field.Title", draft.Title, TitleMin, TitleMax);
        CheckLength(problems, "Body", "Ideas.Field.Body", draft.Body, BodyMin, BodyMax);
        var fields = await directory.FieldsAsync(cancellationToken);
        if (string.IsNullOrEmpty(draft.FieldKey) || fields.All(f => f.Key != draft.FieldKey))
        {
            problems.Add(new FieldProblem("FieldKey", texts["Ideas.Error.FieldRequired"]));
        }

        var areas = await directory.ChoicesAsync(cancellationToken);
        if (draft.AreaId is null || areas.All(a => a.Id != draft.AreaId))
        {
            problems.Add(new FieldProblem("AreaId", texts["Ideas.Error.AreaRequired"]));
        }

        if (!ContentLanguage.IsKnown(draft.Language))
        {
            problems.Add(new FieldProblem("Language", texts["Ideas.Error.LanguageRequired"]));
        }

        if (draft.Latitude is null != draft.Longitude is null)
        {
            problems.Add(new FieldProblem(draft.Latitude is null ? "Latitude" : "Longitude", texts["Ideas.Error.PointIncomplete"]));
        }
        else if (draft.Latitude is { } latitude && draft.Longitude is { } longitude && !IdeaRegion.Contains(latitude, longitude))
        {
            problems.Add(new FieldProblem("Latitude", texts["Ideas.Error.PointOutside",
                IdeaRegion.MinLatitude.ToString(CultureInfo.CurrentCulture), IdeaRegion.MaxLatitude.ToString(CultureInfo.CurrentCulture),
                IdeaRegion.MinLongitude.ToString(CultureInfo.CurrentCulture), IdeaRegion.MaxLongitude.ToString(CultureInfo.CurrentCulture)]));
        }

        var (_, processProblem) = await ProcessForAsync(draft.ProcessSlug, cancellationToken);
        if (processProblem is not null)
        {
            problems.Add(processProblem);
        }

        return problems;
    }

    /// <summary>Stores a draft that passed <see cref="CheckAsync"/>, with its photos.</summary>
    public async Task<Idea> CreateAsync(IdeaDraft draft, Guid authorId, IReadOnlyList<PreparedPhoto> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(photos);
        var (process, _) = await ProcessForAsync(draft.ProcessSlug, cancellationToken);
        var idea = new Idea
        {
            ProcessId = process?.Id,
            AreaId = draft.AreaId!.Value,
            FieldKey = draft.FieldKey!,
            Title = draft.Title!.Trim(),
            Body = draft.Body!.Trim(),
            Language = draft.Language!,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            AuthorId = authorId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Status = IdeaStatus.Received,
        };
        db.Add(idea);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var photo in photos.Take(MaxPhotos))
        {
            await images.StoreAsync(OwnerKind, idea.Id, photo.Bytes, photo.ContentType, photo.Width, photo.Height, photo.AltText, cancellationToken);
        }

        // The author hears of the official answer and of measures that come from the idea without asking for it.
        await followers.FollowAsync(authorId, SubjectKinds.Idea, idea.Id, cancellationToken);
        return idea;
    }

    /// <summary>Problems of an official answer: a rejection needs its reason.</summary>
    public List<FieldProblem> CheckAnswer(IdeaStatus? status, string? answer)
    {
        var problems = new List<FieldProblem>();
        if (status is null || !Enum.IsDefined(status.Value))
        {
            problems.Add(new FieldProblem("Status", texts["Ideas.Error.StatusRequired"]));
        }
        else if (status == IdeaStatus.Rejected && string.IsNullOrWhiteSpace(answer))
        {
            problems.Add(new FieldProblem("Answer", texts["Ideas.Error.ReasonRequired"]));
        }

        if (answer?.Trim().Length > AnswerMax)
        {
            problems.Add(new FieldProblem("Answer", texts["Validation.MaxLength", texts["Ideas.Field.Answer"], AnswerMax]));
        }

        return problems;
    }

    /// <summary>Records the staff's answer and tells the idea's followers, in the same save.</summary>
    public async Task AnswerAsync(Idea idea, IdeaStatus status, string? answer, Guid? staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idea);
        idea.Status = status;
        idea.OfficialAnswer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        idea.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        idea.AnsweredBy = staffId;
        var german = CultureInfo.GetCultureInfo("de");
        var english = CultureInfo.GetCultureInfo("en");
        await followers.NotifyAsync(
            OwnerKind,
            idea.Id,
            Truncate(string.Format(german, TextIn(german, "Ideas.Notify.Answered"), idea.Title, TextIn(german, $"Ideas.Status.{status}"))),
            Truncate(string.Format(english, TextIn(english, "Ideas.Notify.Answered"), idea.Title, TextIn(english, $"Ideas.Status.{status}"))),
            $"/participation/ideas/{idea.Id}",
            staffId,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private string TextIn(CultureInfo culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return texts[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..499] + "…";

    private void CheckLength(List<FieldProblem> problems, string field, string labelKey, string? value, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (length == 0)
        {
            problems.Add(new FieldProblem(field, texts["Validation.Required", texts[labelKey]]));
        }
        else if (length < min || length > max)
        {
            problems.Add(new FieldProblem(field, texts["Validation.Length", texts[labelKey], max, min]));
        }
    }
}
