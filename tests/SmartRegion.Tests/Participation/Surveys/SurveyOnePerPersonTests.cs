using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Surveys;

public abstract class SurveyOnePerPersonTests(SmartRegionApp app)
{
    private static SurveyResponseInput MinimalInput(SeededSurvey survey) =>
        new([new(survey.Commute.Id, OptionIds: [SeededSurvey.Option(survey.Commute, "Bus")]), new(survey.Age.Id, Number: 33)]);

    private Task<List<SurveyResponse>> ResponsesOfAsync(int surveyId) =>
        app.QueryAsync(db => db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId).ToListAsync());

    private static async Task<HttpStatusCode[]> FireInParallelAsync(WebSession session, SeededSurvey survey, int count)
    {
        var requests = Enumerable.Range(0, count).Select(async _ =>
        {
            using var response = await session.Client.PostAsJsonAsync($"/api/participation/surveys/{survey.Id}/responses", MinimalInput(survey));
            return response.StatusCode;
        });
        return await Task.WhenAll(requests);
    }

    [Fact]
    public async Task Account_ParallelSubmissions_StoreExactlyOneResponse()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var session = await SurveySeed.SignedInAsync(app);

        var statuses = await FireInParallelAsync(session, survey, 8);

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Single(await ResponsesOfAsync(survey.Id));
        Assert.Contains("bereits teilgenommen", await session.GetHtmlAsync($"/participation/surveys/{survey.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_SecondResponseFromSameBrowser_IsRefusedAndNothingPersonalIsStored()
    {
        var survey = await SurveySeed.CreateAsync(app, access: SurveyAccess.Anonymous);
        var url = $"/participation/surveys/{survey.Id}";

        // Signed in or not, an anonymous response carries no account.
        using var signedIn = await SurveySeed.SignedInAsync(app);
        using var first = await signedIn.PostFormAsync(url, survey.MinimalAnswers());
        SurveySeed.AssertRedirectTo(first, "answered=true");
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AnonymousGuard.CookieName + "=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("bereits teilgenommen", await signedIn.GetHtmlAsync(url), StringComparison.Ordinal);
        using var again = await SurveySeed.PostWithTokenAsync(signedIn, url, survey.MinimalAnswers(), signedIn: true);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var otherBrowser = app.NewSession();
        using var other = await otherBrowser.PostFormAsync(url, survey.MinimalAnswers());
        SurveySeed.AssertRedirectTo(other, "answered=true");

        var responses = await ResponsesOfAsync(survey.Id);
        Assert.Equal(2, responses.Count);
        Assert.All(responses, r => Assert.Null(r.AccountId));
        Assert.All(responses, r => Assert.Matches("^[0-9a-f]{64}$", r.GuardHash!));
        Assert.NotEqual(responses[0].GuardHash, responses[1].GuardHash);
    }

    [Fact]
    public async Task Anonymous_ParallelSubmissionsWithOneToken_StoreExactlyOneResponse()
    {
        var warmUp = await SurveySeed.CreateAsync(app, access: SurveyAccess.Anonymous);
        var survey = await SurveySeed.CreateAsync(app, access: SurveyAccess.Anonymous);
        using var session = app.NewSession();

        // The browser gets its token with its first anonymous response; the same token serves every survey.
        using var first = await session.Client.PostAsJsonAsync($"/api/participation/surveys/{warmUp.Id}/responses", MinimalInput(warmUp));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var statuses = await FireInParallelAsync(session, survey, 8);

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.Single(await ResponsesOfAsync(survey.Id));

        // Hashes differ per survey, so the two responses of the same browser cannot be linked.
        var warmUpHash = (await ResponsesOfAsync(warmUp.Id)).Single().GuardHash;
        Assert.NotEqual(warmUpHash, (await ResponsesOfAsync(survey.Id)).Single().GuardHash);
    }
}

public sealed class SurveyOnePerPersonTestsOnSqlite(SqliteApp app) : SurveyOnePerPersonTests(app), IClassFixture<SqliteApp>;

public sealed class SurveyOnePerPersonTestsOnPostgres(PostgresApp app) : SurveyOnePerPersonTests(app), IClassFixture<PostgresApp>;
