using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

/// <summary>Rows the comment and moderation tests start from, written directly into the app's database.</summary>
internal static class CommentFixtures
{
    public const string Password = "a long enough password";

    public static async Task<(WebSession Session, Guid AccountId)> SignedInAsync(SmartRegionApp app, string name, params (string Role, string? Area)[] grants)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return (session, person.Id);
    }

    public static async Task<int> IdeaAsync(SmartRegionApp app, string areaSlug, int? processId = null)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        return await app.QueryAsync(async db =>
        {
            var idea = new Idea
            {
                AreaId = areaId,
                ProcessId = processId,
                FieldKey = "mobility",
                Title = "Fahrradbügel am Vinetaplatz",
                Body = "Mehr Abstellplätze für Räder.",
                CreatedAt = DateTime.UtcNow,
                Status = IdeaStatus.Received,
            };
            db.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });
    }

    /// <summary>A published process whose current phase opens or closes comments.</summary>
    public static async Task<int> ProcessAsync(SmartRegionApp app, string areaSlug, bool commentsOpen)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        return await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var process = new Process
            {
                Slug = $"verfahren-{Guid.NewGuid():N}",
                AreaId = areaId,
                TitleDe = "Verkehrsberuhigung",
                SummaryDe = "Wie wird die Straße ruhiger?",
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
                Phases =
                [
                    new Phase { Kind = PhaseKind.Contributions, TitleDe = "Ideen", StartsAt = now.AddDays(-3), EndsAt = now.AddDays(3), IdeasOpen = true, CommentsOpen = commentsOpen },
                ],
            };
            db.Add(process);
            await db.SaveChangesAsync();
            return process.Id;
        });
    }

    public static Task<int> CommentCountAsync(SmartRegionApp app, int ideaId) =>
        app.QueryAsync(db => db.Set<Idea>().Where(i => i.Id == ideaId).Select(i => i.CommentCount).SingleAsync());

    /// <summary>Writes a comment through the thread page's form, as a browser does.</summary>
    public static Task<HttpResponseMessage> CommentAsync(WebSession session, int ideaId, string body, long? parentId = null, string language = "de")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.SubjectKind", "idea"),
            new("Input.SubjectId", ideaId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.ReturnUrl", $"/participation/comments/idea/{ideaId}"),
            new("Input.Body", body),
            new("Input.Language", language),
        };
        if (parentId is { } parent)
        {
            fields.Add(new("Input.ParentId", parent.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return session.PostFormAsync($"/participation/comments/idea/{ideaId}", fields, "/participation/comments/write");
    }

    public static Task<long> LastCommentIdAsync(SmartRegionApp app, int ideaId) =>
        app.QueryAsync(db => db.Set<Comment>().Where(c => c.SubjectKind == "idea" && c.SubjectId == ideaId).MaxAsync(c => c.Id));
}
