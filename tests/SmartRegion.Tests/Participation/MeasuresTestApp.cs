using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

/// <summary>The app with the mail timer out of the way: the tests run each delivery themselves, at the moment they choose.</summary>
public sealed class MeasuresSqliteApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Notifications:IntervalSeconds"] = "86400" };
}

public sealed class MeasuresPostgresApp() : SmartRegionApp(Engine.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Notifications:IntervalSeconds"] = "86400" };
}

/// <summary>Steps the measure and following tests share.</summary>
internal static partial class MeasureSteps
{
    public const string Password = "a long enough password";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static async Task<(WebSession Session, AppUser Person)> SignedInAsync(SmartRegionApp app, string who, params (string Role, string? Area)[] grants)
    {
        var email = NewEmail(who);
        var person = await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return (session, person);
    }

    public static async Task<int> CreateMeasureAsync(SmartRegionApp app, WebSession editor, string areaSlug, string title)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        using var response = await editor.PostFormAsync(
            "/participation/measures/new",
            ("Input.AreaId", areaId.ToString(CultureInfo.InvariantCulture)),
            ("Input.FieldKey", ""),
            ("Input.TitleDe", title),
            ("Input.TitleEn", ""),
            ("Input.DescriptionDe", "Beschreibung von " + title),
            ("Input.DescriptionEn", ""),
            ("Input.ResponsibleBody", "Tiefbauamt"),
            ("Input.BudgetEuro", "25.000,50"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = MeasureLink().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static async Task ChangeStatusAsync(WebSession editor, int measureId, MeasureStatus status, string explanation)
    {
        using var response = await editor.PostFormAsync(
            $"/participation/measures/{measureId}/status",
            ("Input.Status", status.ToString()), ("Input.ExplanationDe", explanation), ("Input.ExplanationEn", ""));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Ideas come from another feature; the tests write them straight into the database, followed by their author.</summary>
    public static async Task<int> InsertIdeaAsync(SmartRegionApp app, string areaSlug, string title, Guid? authorId)
    {
        var areaId = await app.AreaIdAsync(areaSlug);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegion.Platform.Database.SmartRegionDb>();
        var idea = new Idea { AreaId = areaId, Title = title, Body = "Text", AuthorId = authorId, CreatedAt = DateTime.UtcNow, Status = IdeaStatus.Accepted };
        db.Add(idea);
        await db.SaveChangesAsync();
        if (authorId is { } author)
        {
            await scope.ServiceProvider.GetRequiredService<Followers>().FollowAsync(author, SubjectKinds.Idea, idea.Id, CancellationToken.None);
        }

        return idea.Id;
    }

    public static async Task FollowAsync(WebSession session, string kind, int id, bool follow = true)
    {
        var page = kind == SubjectKinds.Measure ? $"/participation/measures/{id}" : "/participation/measures";
        using var response = await session.PostFormAsync(
            "/account/inbox",
            [new("SubjectKind", kind), new("SubjectId", id.ToString(CultureInfo.InvariantCulture)), new("ReturnUrl", page), new("Follow", follow ? "true" : "false")],
            "/participation/follow");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task ChooseMailAsync(WebSession session, NotificationMail choice)
    {
        using var response = await session.PostFormAsync("/account/inbox", [new("Mail", choice.ToString())], "/account/inbox?handler=Preference");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<int> DeliverAsync(SmartRegionApp app, DateTimeOffset now) =>
        app.Services.GetRequiredService<NotificationMailer>().DeliverPendingAsync(now, CancellationToken.None);

    /// <summary>Tomorrow half an hour after the digest hour (7 o'clock in Kiel), as UTC.</summary>
    public static DateTimeOffset TomorrowsDigest()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, berlin).Date.AddDays(1).AddHours(7).AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), berlin), TimeSpan.Zero);
    }

    [GeneratedRegex(@"/participation/measures/(\d+)")]
    private static partial Regex MeasureLink();
}
