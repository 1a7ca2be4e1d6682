using System.Globalization;
using System.Net;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Surveys;

/// <summary>A survey with one question of every kind, stored directly; the tests answer it through the pages and the API.</summary>
public sealed class SeededSurvey(Survey survey)
{
    public int Id => survey.Id;

    public Survey Survey => survey;

    public SurveyQuestion Commute => Question(QuestionKind.SingleChoice);

    public SurveyQuestion CyclingWish => Question(QuestionKind.FreeText);

    public SurveyQuestion Topics => Question(QuestionKind.MultipleChoice);

    public SurveyQuestion Age => Question(QuestionKind.Number);

    public SurveyQuestion Satisfaction => Question(QuestionKind.Scale);

    public SurveyQuestion Priorities => Question(QuestionKind.Ranking);

    public SurveyQuestion Ratings => Question(QuestionKind.Matrix);

    public SurveyQuestion MovedIn => Question(QuestionKind.Date);

    public SurveyQuestion Spot => Question(QuestionKind.MapPoint);

    public static int Option(SurveyQuestion question, string textDe) => question.Options.Single(o => o.TextDe == textDe).Id;

    public static string Field(SurveyQuestion question) => SurveyFields.Question(question.Id);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Only the required questions, with the bus (so the cycling question stays inactive).</summary>
    public List<KeyValuePair<string, string>> MinimalAnswers() =>
    [
        new(Field(Commute), Text(Option(Commute, "Bus"))),
        new(Field(Age), "42"),
    ];

    private SurveyQuestion Question(QuestionKind kind) => survey.Questions.Single(q => q.Kind == kind);
}

public static class SurveySeed
{
    public const string Password = "a long enough password";

    public static async Task<SeededSurvey> CreateAsync(
        SmartRegionApp app, string areaSlug = "ploen", SurveyAccess access = SurveyAccess.AccountRequired, bool resultsPublic = true,
        DateTime? closesAt = null, bool published = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var areaId = await app.AreaIdAsync(areaSlug);
        var now = DateTime.UtcNow;
        var survey = new Survey
        {
            AreaId = areaId,
            TitleDe = "Mobilität im Alltag",
            TitleEn = "Everyday mobility",
            IntroDe = "Wie bewegen Sie sich durch die Region?",
            Access = access,
            OpensAt = now.AddDays(-1),
            ClosesAt = closesAt ?? now.AddDays(14),
            IsPublished = published,
            ResultsPublic = resultsPublic,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var first = new SurveySection { SortOrder = 1, TitleDe = "Ihr Weg", TitleEn = "Your way" };
        var second = new SurveySection { SortOrder = 2, TitleDe = "Ihre Prioritäten", TitleEn = "Your priorities" };
        survey.Sections.AddRange([first, second]);
        first.Questions.Add(Choice(QuestionKind.SingleChoice, 1, "Wie kommen Sie meistens zur Arbeit?", required: true, "Bus", "Rad", "Auto"));
        first.Questions.Add(new SurveyQuestion { Kind = QuestionKind.FreeText, SortOrder = 2, TextDe = "Was fehlt Ihnen auf dem Rad?", IsRequired = true });
        first.Questions.Add(Choice(QuestionKind.MultipleChoice, 3, "Welche Themen sind Ihnen wichtig?", required: false, "Radwege", "Takt", "Parken"));
        first.Questions.Add(new SurveyQuestion { Kind = QuestionKind.Number, SortOrder = 4, TextDe = "Wie alt sind Sie?", IsRequired = true, MinValue = 0, MaxValue = 120 });
        first.Questions.Add(Choice(QuestionKind.Scale, 5, "Wie zufrieden sind Sie?", required: false, "gar nicht", "wenig", "teils", "ziemlich", "sehr"));
        second.Questions.Add(Choice(QuestionKind.Ranking, 1, "Was soll zuerst kommen?", required: false, "Radweg", "Busspur", "Carsharing"));
        var matrix = Choice(QuestionKind.Matrix, 2, "Wie bewerten Sie …", required: false, "gut", "mittel", "schlecht");
        matrix.Options.AddRange([new SurveyOption { IsMatrixRow = true, SortOrder = 1, TextDe = "Busse" }, new SurveyOption { IsMatrixRow = true, SortOrder = 2, TextDe = "Radwege" }]);
        second.Questions.Add(matrix);
        second.Questions.Add(new SurveyQuestion { Kind = QuestionKind.Date, SortOrder = 3, TextDe = "Seit wann wohnen Sie hier?" });
        second.Questions.Add(new SurveyQuestion { Kind = QuestionKind.MapPoint, SortOrder = 4, TextDe = "Wo ist es gefährlich?" });

        await app.QueryAsync(async db =>
        {
            db.Add(survey);
            await db.SaveChangesAsync();
            foreach (var question in survey.Sections.SelectMany(s => s.Questions))
            {
                question.SurveyId = survey.Id;
            }

            // The cycling question is asked only of those who cycle.
            var commute = first.Questions[0];
            var cycling = first.Questions[1];
            cycling.ConditionQuestionId = commute.Id;
            cycling.ConditionOptionId = commute.Options.Single(o => o.TextDe == "Rad").Id;
            await db.SaveChangesAsync();
            return 0;
        });
        return new SeededSurvey(survey);
    }

    private static SurveyQuestion Choice(QuestionKind kind, int order, string text, bool required, params string[] options)
    {
        var question = new SurveyQuestion { Kind = kind, SortOrder = order, TextDe = text, IsRequired = required };
        question.Options.AddRange(options.Select((o, i) => new SurveyOption { SortOrder = i + 1, TextDe = o }));
        return question;
    }

    public static async Task<WebSession> SignedInAsync(SmartRegionApp app, params (string Role, string? Area)[] grants)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = $"person-{Guid.NewGuid():N}@example.org";
        await app.CreatePersonAsync(email, Password, grants);
        var session = app.NewSession();
        await session.SignInAsync(email, Password);
        return session;
    }

    /// <summary>Posts with an antiforgery token taken from another page, for posts to pages that show no form.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(WebSession session, string url, IEnumerable<KeyValuePair<string, string>> fields, bool signedIn)
    {
        ArgumentNullException.ThrowIfNull(session);
        var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync(signedIn ? "/account/change-password" : "/account/login"));
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await session.Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static void AssertRedirectTo(HttpResponseMessage response, string path)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to {path}, got {(int)response.StatusCode}.");
        Assert.Contains(path, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
