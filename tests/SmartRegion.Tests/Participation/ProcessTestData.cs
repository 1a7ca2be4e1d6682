using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

/// <summary>Processes written straight into the database, for tests about reading them.</summary>
internal static class ProcessTestData
{
    public const string Password = "a long enough password";

    public static async Task<WebSession> SignedInEditorAsync(SmartRegionApp app, string areaSlug)
    {
        var email = $"editor-{areaSlug}-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, Password, (SmartRegion.Platform.Identity.Roles.Editor, areaSlug));
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return session;
    }

    /// <summary>A process with a past phase, a current one (ideas and comments open) and a coming one (surveys open).</summary>
    public static async Task<Process> AddAsync(SmartRegionApp app, string areaSlug, bool published = true, string? fieldKey = null)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        var now = DateTime.UtcNow;
        var slug = $"verfahren-{Guid.NewGuid():N}"[..30];
        var process = new Process
        {
            Slug = slug,
            AreaId = areaId,
            FieldKey = fieldKey,
            TitleDe = $"Gaarden gestalten {slug}",
            TitleEn = $"Shaping Gaarden {slug}",
            SummaryDe = "Wie soll der Vinetaplatz aussehen?",
            SummaryEn = "What should Vinetaplatz look like?",
            IsPublished = published,
            CreatedAt = now,
            UpdatedAt = now,
            Phases =
            [
                new Phase { Kind = PhaseKind.Information, TitleDe = "Auftakt", StartsAt = now.AddDays(-20), EndsAt = now.AddDays(-10), SortOrder = 0 },
                new Phase { Kind = PhaseKind.Contributions, TitleDe = "Ideen sammeln", TitleEn = "Collecting ideas", StartsAt = now.AddDays(-10), EndsAt = now.AddDays(10), SortOrder = 1, IdeasOpen = true, CommentsOpen = true },
                new Phase { Kind = PhaseKind.Evaluation, TitleDe = "Abstimmung", StartsAt = now.AddDays(10), EndsAt = now.AddDays(20), SortOrder = 2, SurveysOpen = true },
            ],
        };
        await app.QueryAsync(async db =>
        {
            db.Add(process);
            await db.SaveChangesAsync();
            return process.Id;
        });
        return process;
    }
}
