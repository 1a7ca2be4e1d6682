using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Surveys.SeededSurvey;

namespace SmartRegion.Tests.Participation.Surveys;

public abstract class SurveyResultsTests(SmartRegionApp app)
{
    /// <summary>Three people answer: ages 20, 30 and 70; two go by bike; satisfaction 5, 4 and 4.</summary>
    private async Task<SeededSurvey> AnsweredSurveyAsync(bool resultsPublic = true)
    {
        var survey = await SurveySeed.CreateAsync(app, resultsPublic: resultsPublic);
        var people = new[]
        {
            ("Rad", "20", "5", "=HYPERLINK(\"http://evil.example\")", new[] { "Radweg", "Busspur", "Carsharing" }, "gut"),
            ("Rad", "30", "4", "Mehr Bügel", new[] { "Radweg", "Carsharing", "Busspur" }, "gut"),
            ("Bus", "70", "4", null, new[] { "Busspur", "Radweg", "Carsharing" }, "schlecht"),
        };
        foreach (var (commute, age, satisfaction, wish, order, busRating) in people)
        {
            using var session = await SurveySeed.SignedInAsync(app);
            var fields = new List<KeyValuePair<string, string>>
            {
                new(Field(survey.Commute), Text(SeededSurvey.Option(survey.Commute, commute))),
                new(Field(survey.Age), age),
                new(Field(survey.Satisfaction), satisfaction),
                new(SurveyFields.MatrixRow(survey.Ratings.Id, SeededSurvey.Option(survey.Ratings, "Busse")), Text(SeededSurvey.Option(survey.Ratings, busRating))),
            };
            if (wish is not null)
            {
                fields.Add(new(Field(survey.CyclingWish), wish));
            }

            for (var rank = 0; rank < order.Length; rank++)
            {
                fields.Add(new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, order[rank])), Text(rank + 1)));
            }

            using var response = await session.PostFormAsync($"/participation/surveys/{survey.Id}", fields);
            SurveySeed.AssertRedirectTo(response, "answered=true");
        }

        return survey;
    }

    [Fact]
    public async Task Results_Numbers_AreCountedSharedAveragedAndRanked()
    {
        var survey = await AnsweredSurveyAsync();
        using var visitor = app.NewSession();

        var results = await visitor.Client.GetFromJsonAsync<SurveyResultsDto>($"/api/participation/surveys/{survey.Id}/results");
        Assert.Equal(3, results!.Responses);
        var commute = results.Questions.Single(q => q.QuestionId == survey.Commute.Id);
        Assert.Equal((2, 66.7), commute.Lines.Where(l => l.Label == "Rad").Select(l => (l.Count, l.Percent)).Single());
        var age = results.Questions.Single(q => q.QuestionId == survey.Age.Id);
        Assert.Equal((40.0, 30.0), (age.Mean!.Value, age.Median!.Value));
        var satisfaction = results.Questions.Single(q => q.QuestionId == survey.Satisfaction.Id);
        Assert.Equal(4.33, satisfaction.Mean);
        Assert.Equal([0, 0, 0, 2, 1], satisfaction.Lines.Select(l => l.Count));
        var priorities = results.Questions.Single(q => q.QuestionId == survey.Priorities.Id);
        Assert.Equal(("Radweg", 1.33), (priorities.Lines[0].Label, priorities.Lines[0].MeanRank!.Value));
        var ratings = results.Questions.Single(q => q.QuestionId == survey.Ratings.Id);
        Assert.Equal(2, ratings.Matrix![Text(SeededSurvey.Option(survey.Ratings, "Busse"))][Text(SeededSurvey.Option(survey.Ratings, "gut"))]);

        var html = await visitor.GetHtmlAsync($"/participation/surveys/{survey.Id}/results");
        Assert.Contains("data-chart=\"bar\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"kern-table__cell\">Rad</th>", html, StringComparison.Ordinal);
        Assert.Contains("66,7 %", html, StringComparison.Ordinal);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_FreeText_IsPublicOnlyAfterRelease()
    {
        var survey = await AnsweredSurveyAsync();
        using var visitor = app.NewSession();
        var url = $"/participation/surveys/{survey.Id}/results";
        Assert.DoesNotContain("Mehr Bügel", await visitor.GetHtmlAsync(url), StringComparison.Ordinal);

        using var moderator = await SurveySeed.SignedInAsync(app, (Roles.Moderator, "ploen"));
        var moderation = await moderator.GetHtmlAsync(url);
        Assert.Contains("Mehr Bügel", moderation, StringComparison.Ordinal);
        var answerId = await app.QueryAsync(db => db.Set<SurveyAnswer>().Where(a => a.SurveyId == survey.Id && a.TextValue == "Mehr Bügel").Select(a => a.Id).SingleAsync());

        using var kielModerator = await SurveySeed.SignedInAsync(app, (Roles.Moderator, "kiel"));
        using var foreign = await kielModerator.PostFormAsync(url, [new("answerId", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture))], url + "?handler=Release");
        Assert.Equal(HttpStatusCode.Forbidden, (foreign).StatusCode);

        using var released = await moderator.PostFormAsync(url, [new("answerId", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture))], url + "?handler=Release");
        SurveySeed.AssertRedirectTo(released, "/results");
        Assert.Contains("Mehr Bügel", await visitor.GetHtmlAsync(url), StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", await visitor.GetHtmlAsync(url), StringComparison.Ordinal);

        using var hidden = await moderator.PostFormAsync(url, [new("answerId", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture))], url + "?handler=Hide");
        SurveySeed.AssertRedirectTo(hidden, "/results");
        Assert.DoesNotContain("Mehr Bügel", await visitor.GetHtmlAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_NotPublic_AreForEditorsAndModeratorsOnly()
    {
        var survey = await AnsweredSurveyAsync(resultsPublic: false);
        var url = $"/participation/surveys/{survey.Id}/results";

        using var visitor = app.NewSession();
        using var page = await visitor.GetAsync(url);
        SurveySeed.AssertRedirectTo(page, "/account/login");
        using var api = await visitor.GetAsync($"/api/participation/surveys/{survey.Id}/results");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        using var resident = await SurveySeed.SignedInAsync(app);
        using var refused = await resident.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));
        Assert.Contains("Teilnahmen insgesamt: 3", await editor.GetHtmlAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_HasOneRowPerResponseAndDefusesFormulas()
    {
        var survey = await AnsweredSurveyAsync();
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));

        using var response = await editor.GetAsync($"/participation/surveys/{survey.Id}/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("\"response\",\"submitted\",\"Wie kommen Sie meistens zur Arbeit?\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Radweg > Busspur > Carsharing\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Busse: gut\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_ListsEveryResponseForEditorsOnly()
    {
        var survey = await AnsweredSurveyAsync();
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));

        using var document = JsonDocument.Parse(await editor.Client.GetStringAsync($"/participation/surveys/{survey.Id}/export.json"));
        var responses = document.RootElement.GetProperty("responses");
        Assert.Equal(3, responses.GetArrayLength());
        Assert.Contains(responses.EnumerateArray().SelectMany(r => r.GetProperty("answers").EnumerateArray()),
            a => a.GetProperty("questionId").GetInt32() == survey.Age.Id && a.GetProperty("numberValue").GetDouble() == 70);

        using var resident = await SurveySeed.SignedInAsync(app);
        using var refused = await resident.GetAsync($"/participation/surveys/{survey.Id}/export.json");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class SurveyResultsTestsOnSqlite(SqliteApp app) : SurveyResultsTests(app), IClassFixture<SqliteApp>;

public sealed class SurveyResultsTestsOnPostgres(PostgresApp app) : SurveyResultsTests(app), IClassFixture<PostgresApp>;
