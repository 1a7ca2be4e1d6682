using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>Steps the review tests share: a call with two weighted criteria, submitted applications, assignments and reviews through the API.</summary>
internal static class ReviewSteps
{
    /// <summary>Weight of the first criterion (key c1, "Wirkung für die Region") of <see cref="CreateReviewedCallAsync"/>.</summary>
    public const int ImpactWeight = 40;

    /// <summary>Weight of the second criterion (key c2, "Machbarkeit").</summary>
    public const int FeasibilityWeight = 60;

    /// <summary>The standard call of Kiel with a second criterion: impact (c1, weight 40) and feasibility (c2, weight 60).</summary>
    public static Task<int> CreateReviewedCallAsync(SmartRegionApp app, WebSession editor) =>
        CreateCallAsync(app, editor, adjust: form =>
        {
            form.RemoveAll(f => f.Key.StartsWith("Input.Criteria[1].", StringComparison.Ordinal));
            form.Add(new("Input.Criteria[1].NameDe", "Machbarkeit"));
            form.Add(new("Input.Criteria[1].Weight", "60"));
            form.Add(new("Input.Criteria[2].NameDe", ""));
        });

    /// <summary>A complete application drafted and submitted by <paramref name="applicant"/>; returns its id.</summary>
    public static async Task<int> SubmittedApplicationAsync(SmartRegionApp app, WebSession applicant, int callId, string title, string grant = "20000")
    {
        var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost"), title, grant));
        await SubmitAsync(applicant, id);
        return id;
    }

    public static Task<HttpResponseMessage> TryAssignAsync(WebSession staff, int callId, int applicationId, Guid reviewerId) =>
        staff.Client.PostAsJsonAsync($"/api/funding/calls/{callId}/reviews", new { applicationId, reviewerId });

    /// <summary>Assigns through the staff API and returns the assignment's id.</summary>
    public static async Task<int> AssignAsync(WebSession staff, int callId, int applicationId, AppUser reviewer)
    {
        using var response = await TryAssignAsync(staff, callId, applicationId, reviewer.Id);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.Created == response.StatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> TryDeclareAsync(WebSession reviewer, int reviewId, bool hasConflict, string? note = null) =>
        reviewer.Client.PostAsJsonAsync($"/api/funding/reviews/{reviewId}/conflict", new { hasConflict, note });

    public static async Task DeclareAsync(WebSession reviewer, int reviewId, bool hasConflict, string? note = null)
    {
        using var response = await TryDeclareAsync(reviewer, reviewId, hasConflict, note);
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A review body: the impact and feasibility scores with reasons, a recommendation and a comment.</summary>
    public static object Scores(int? impact, int? feasibility, string? recommendation, string reasons = "Begründet.", string? comment = null) => new
    {
        scores = new Dictionary<string, object?>
        {
            ["c1"] = impact is null ? null : new { score = impact, comment = reasons },
            ["c2"] = feasibility is null ? null : new { score = feasibility, comment = reasons },
        }.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value),
        recommendation,
        comment,
    };

    public static Task<HttpResponseMessage> TrySubmitReviewAsync(WebSession reviewer, int reviewId, object body) =>
        reviewer.Client.PostAsJsonAsync($"/api/funding/reviews/{reviewId}/submit", body);

    /// <summary>Declares no conflict and submits the scores.</summary>
    public static async Task ReviewAsync(WebSession reviewer, int reviewId, int impact, int feasibility, string recommendation, string? comment = null)
    {
        await DeclareAsync(reviewer, reviewId, hasConflict: false);
        using var response = await TrySubmitReviewAsync(reviewer, reviewId, Scores(impact, feasibility, recommendation, comment: comment));
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> JsonAsync(WebSession session, string url)
    {
        using var response = await session.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.OK == response.StatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}

/// <summary>The people of a review, signed in: the editor of Kiel, reviewers of Kiel and an applicant, and the call they work on.</summary>
internal sealed class ReviewTeam : IDisposable
{
    private ReviewTeam(WebSession editor, WebSession applicant, List<(WebSession Session, AppUser Person)> reviewers, int callId)
    {
        Editor = editor;
        Applicant = applicant;
        Reviewers = reviewers;
        CallId = callId;
    }

    public WebSession Editor { get; }

    public WebSession Applicant { get; }

    public IReadOnlyList<(WebSession Session, AppUser Person)> Reviewers { get; }

    /// <summary>A call of <see cref="ReviewSteps.CreateReviewedCallAsync"/>.</summary>
    public int CallId { get; }

    public static async Task<ReviewTeam> CreateAsync(SmartRegionApp app, int reviewers)
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        var people = new List<(WebSession, AppUser)>();
        for (var i = 0; i < reviewers; i++)
        {
            people.Add(await SignedInAsync(app, $"reviewer-{i + 1}", (Roles.Reviewer, "kiel")));
        }

        return new ReviewTeam(editor, applicant, people, await ReviewSteps.CreateReviewedCallAsync(app, editor));
    }

    public void Dispose()
    {
        Editor.Dispose();
        Applicant.Dispose();
        foreach (var (session, _) in Reviewers)
        {
            session.Dispose();
        }
    }
}
