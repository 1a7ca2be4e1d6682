using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Surveys.SeededSurvey;

namespace SmartRegion.Tests.Participation.Surveys;

public abstract class SurveyAnswerTests(SmartRegionApp app)
{
    private Task<List<SurveyAnswer>> AnswersOfAsync(int surveyId) =>
        app.QueryAsync(db => db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId).ToListAsync());

    [Fact]
    public async Task Answer_EveryQuestionKind_IsStoredInTypedColumns()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var session = await SurveySeed.SignedInAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        var form = await session.GetHtmlAsync(url);
        Assert.Contains("<legend class=\"kern-heading-medium\">Ihr Weg</legend>", form, StringComparison.Ordinal);
        Assert.Contains("data-condition-question=\"" + survey.Commute.Id + "\"", form, StringComparison.Ordinal);

        using var response = await session.PostFormAsync(url,
        [
            new(Field(survey.Commute), Text(SeededSurvey.Option(survey.Commute, "Rad"))),
            new(Field(survey.CyclingWish), "Breitere Radwege an der Hörn"),
            new(Field(survey.Topics), Text(SeededSurvey.Option(survey.Topics, "Radwege"))),
            new(Field(survey.Topics), Text(SeededSurvey.Option(survey.Topics, "Takt"))),
            new(Field(survey.Age), "41,5"),
            new(Field(survey.Satisfaction), "4"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Radweg")), "1"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Busspur")), "3"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Carsharing")), "2"),
            new(SurveyFields.MatrixRow(survey.Ratings.Id, SeededSurvey.Option(survey.Ratings, "Busse")), Text(SeededSurvey.Option(survey.Ratings, "gut"))),
            new(SurveyFields.MatrixRow(survey.Ratings.Id, SeededSurvey.Option(survey.Ratings, "Radwege")), Text(SeededSurvey.Option(survey.Ratings, "schlecht"))),
            new(Field(survey.MovedIn), "2019-08-01"),
            new(SurveyFields.Latitude(survey.Spot.Id), "54,3233"),
            new(SurveyFields.Longitude(survey.Spot.Id), "10.1228"),
        ]);
        SurveySeed.AssertRedirectTo(response, $"{url}?answered=true");

        var answers = await AnswersOfAsync(survey.Id);
        Assert.Equal("Breitere Radwege an der Hörn", answers.Single(a => a.QuestionId == survey.CyclingWish.Id).TextValue);
        Assert.Equal(FreeTextState.Pending, answers.Single(a => a.QuestionId == survey.CyclingWish.Id).TextState);
        Assert.Equal(2, answers.Count(a => a.QuestionId == survey.Topics.Id));
        Assert.Equal(41.5, answers.Single(a => a.QuestionId == survey.Age.Id).NumberValue);
        Assert.Equal(4, answers.Single(a => a.QuestionId == survey.Satisfaction.Id).NumberValue);
        Assert.Equal(3, answers.Single(a => a.QuestionId == survey.Priorities.Id && a.OptionId == SeededSurvey.Option(survey.Priorities, "Busspur")).NumberValue);
        Assert.Equal(SeededSurvey.Option(survey.Ratings, "schlecht"), answers.Single(a => a.QuestionId == survey.Ratings.Id && a.OptionId == SeededSurvey.Option(survey.Ratings, "Radwege")).ColumnOptionId);
        Assert.Equal(new DateOnly(2019, 8, 1), answers.Single(a => a.QuestionId == survey.MovedIn.Id).DateValue);
        var spot = answers.Single(a => a.QuestionId == survey.Spot.Id);
        Assert.Equal((54.3233, 10.1228), (spot.Latitude!.Value, spot.Longitude!.Value));
        Assert.Contains("Vielen Dank", await session.GetHtmlAsync($"{url}?answered=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_InvalidValues_AreRefusedNextToEachFieldAndNothingIsStored()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var session = await SurveySeed.SignedInAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        using var response = await session.PostFormAsync(url,
        [
            new(Field(survey.Commute), "999999"),
            new(Field(survey.Topics), Text(SeededSurvey.Option(survey.Commute, "Bus"))),
            new(Field(survey.Age), "130"),
            new(Field(survey.Satisfaction), "6"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Radweg")), "1"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Busspur")), "1"),
            new(SurveyFields.RankOf(survey.Priorities.Id, SeededSurvey.Option(survey.Priorities, "Carsharing")), "2"),
            new(SurveyFields.MatrixRow(survey.Ratings.Id, SeededSurvey.Option(survey.Ratings, "Busse")), Text(SeededSurvey.Option(survey.Commute, "Auto"))),
            new(Field(survey.MovedIn), "2019-02-30"),
            new(SurveyFields.Latitude(survey.Spot.Id), "95"),
            new(SurveyFields.Longitude(survey.Spot.Id), "10"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        foreach (var field in new[]
        {
            Field(survey.Commute), Field(survey.Topics), Field(survey.Age), Field(survey.Satisfaction), Field(survey.Priorities),
            SurveyFields.MatrixRow(survey.Ratings.Id, SeededSurvey.Option(survey.Ratings, "Busse")), Field(survey.MovedIn), Field(survey.Spot),
        })
        {
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"#{field}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Geben Sie eine Zahl von 0 bis 120 ein.", html, StringComparison.Ordinal);
        Assert.Contains("Vergeben Sie jeden Rang von 1 bis 3 genau einmal.", html, StringComparison.Ordinal);
        Assert.Empty(await AnswersOfAsync(survey.Id));
    }

    [Fact]
    public async Task Answer_ConditionalQuestion_CountsOnlyWhenItsConditionHolds()
    {
        var survey = await SurveySeed.CreateAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        // Cycling but no answer to the cycling question: now it is required.
        using var cyclist = await SurveySeed.SignedInAsync(app);
        using var missing = await cyclist.PostFormAsync(url, [new(Field(survey.Commute), Text(SeededSurvey.Option(survey.Commute, "Rad"))), new(Field(survey.Age), "30")]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains($"id=\"{Field(survey.CyclingWish)}-error\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // By bus, with a sneaked-in cycling answer: accepted, and the inactive answer is dropped.
        using var busRider = await SurveySeed.SignedInAsync(app);
        using var accepted = await busRider.PostFormAsync(url, [.. survey.MinimalAnswers(), new(Field(survey.CyclingWish), "soll nicht zählen")]);
        SurveySeed.AssertRedirectTo(accepted, "answered=true");
        var answers = await AnswersOfAsync(survey.Id);
        Assert.DoesNotContain(answers, a => a.QuestionId == survey.CyclingWish.Id);
        Assert.Contains(answers, a => a.QuestionId == survey.Age.Id && a.NumberValue == 42);
    }

    [Fact]
    public async Task Answer_AfterClosing_IsRefused()
    {
        var survey = await SurveySeed.CreateAsync(app, closesAt: DateTime.UtcNow.AddMinutes(-1));
        using var session = await SurveySeed.SignedInAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        Assert.Contains("Diese Umfrage ist beendet", await session.GetHtmlAsync(url), StringComparison.Ordinal);
        using var response = await SurveySeed.PostWithTokenAsync(session, url, survey.MinimalAnswers(), signedIn: true);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await AnswersOfAsync(survey.Id));

        using var api = await session.Client.PostAsJsonAsync($"/api/participation/surveys/{survey.Id}/responses", new SurveyResponseInput([new(survey.Commute.Id, OptionIds: [SeededSurvey.Option(survey.Commute, "Bus")]), new(survey.Age.Id, Number: 40)]));
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
    }

    [Fact]
    public async Task Answer_InAProcessPhaseWithoutSurveys_IsRefusedUntilThePhaseTakesThem()
    {
        var process = await ProcessTestData.AddAsync(app, "ploen");
        var survey = await SurveySeed.CreateAsync(app);
        await app.QueryAsync(db => db.Set<Survey>().Where(s => s.Id == survey.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ProcessId, process.Id)));
        using var session = await SurveySeed.SignedInAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        Assert.Contains("dessen aktuelle Phase keine Umfrageantworten annimmt", await session.GetHtmlAsync(url), StringComparison.Ordinal);
        using var refused = await SurveySeed.PostWithTokenAsync(session, url, survey.MinimalAnswers(), signedIn: true);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Empty(await AnswersOfAsync(survey.Id));

        // The current phase (the contribution phase) now opens surveys.
        var now = DateTime.UtcNow;
        await app.QueryAsync(db => db.Set<SmartRegion.Modules.Participation.Processes.Phase>()
            .Where(p => p.ProcessId == process.Id && p.StartsAt <= now && now < p.EndsAt)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.SurveysOpen, true)));
        using var accepted = await SurveySeed.PostWithTokenAsync(session, url, survey.MinimalAnswers(), signedIn: true);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.NotEmpty(await AnswersOfAsync(survey.Id));
    }

    [Fact]
    public async Task Answer_AccountRequired_SendsVisitorsToSignIn()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var visitor = app.NewSession();
        var url = $"/participation/surveys/{survey.Id}";

        Assert.Contains("melden Sie sich bitte an", await visitor.GetHtmlAsync(url), StringComparison.Ordinal);
        using var response = await SurveySeed.PostWithTokenAsync(visitor, url, survey.MinimalAnswers(), signedIn: false);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var api = await visitor.Client.PostAsJsonAsync($"/api/participation/surveys/{survey.Id}/responses", new SurveyResponseInput([new(survey.Commute.Id, OptionIds: [SeededSurvey.Option(survey.Commute, "Bus")]), new(survey.Age.Id, Number: 40)]));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Empty(await AnswersOfAsync(survey.Id));
    }

    [Fact]
    public async Task Answer_ResidentsOfArea_TakesResidentsOfAreasBelowAndRefusesOthers()
    {
        var survey = await SurveySeed.CreateAsync(app, "ploen", SurveyAccess.ResidentsOfArea);
        var url = $"/participation/surveys/{survey.Id}";

        using var withoutHome = await SurveySeed.SignedInAsync(app);
        Assert.Contains("Geben Sie in Ihrem Konto an, wo Sie wohnen", await withoutHome.GetHtmlAsync(url), StringComparison.Ordinal);

        // The home area is chosen on the account page.
        using var fromKiel = await SurveySeed.SignedInAsync(app);
        using var kielChosen = await fromKiel.PostFormAsync("/account", [new("HomeAreaId", Text(await app.AreaIdAsync("kiel-gaarden-ost")))], "/account?handler=HomeArea");
        SurveySeed.AssertRedirectTo(kielChosen, "/account?homeAreaSaved=true");
        Assert.Contains("nach Ihrer Angabe wohnen Sie anderswo", await fromKiel.GetHtmlAsync(url), StringComparison.Ordinal);
        using var refused = await SurveySeed.PostWithTokenAsync(fromKiel, url, survey.MinimalAnswers(), signedIn: true);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        using var fromPreetz = await SurveySeed.SignedInAsync(app);
        using var preetzChosen = await fromPreetz.PostFormAsync("/account", [new("HomeAreaId", Text(await app.AreaIdAsync("preetz")))], "/account?handler=HomeArea");
        SurveySeed.AssertRedirectTo(preetzChosen, "/account?homeAreaSaved=true");
        using var accepted = await fromPreetz.PostFormAsync(url, survey.MinimalAnswers());
        SurveySeed.AssertRedirectTo(accepted, "answered=true");

        Assert.Equal(1, await app.QueryAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == survey.Id)));
    }

    [Fact]
    public async Task Answer_Honeypot_StoresNothing()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var session = await SurveySeed.SignedInAsync(app);
        var url = $"/participation/surveys/{survey.Id}";

        using var response = await session.PostFormAsync(url, [.. survey.MinimalAnswers(), new("homepage", "http://spam.example")]);

        SurveySeed.AssertRedirectTo(response, "answered=true");
        Assert.Empty(await AnswersOfAsync(survey.Id));
    }

    [Fact]
    public async Task Api_StructureAndResponse_FollowTheSameRules()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var session = await SurveySeed.SignedInAsync(app);

        var list = await session.Client.GetFromJsonAsync<List<SurveyListItemDto>>("/api/participation/surveys");
        Assert.Contains(list!, s => s.Id == survey.Id);
        var structure = await session.Client.GetFromJsonAsync<SurveyDto>($"/api/participation/surveys/{survey.Id}");
        var cycling = structure!.Sections.SelectMany(s => s.Questions).Single(q => q.Id == survey.CyclingWish.Id);
        Assert.Equal(new SurveyConditionDto(survey.Commute.Id, SeededSurvey.Option(survey.Commute, "Rad")), cycling.ShowOnlyIf);

        using var invalid = await session.Client.PostAsJsonAsync($"/api/participation/surveys/{survey.Id}/responses", new SurveyResponseInput([
            new(survey.Commute.Id, OptionIds: [SeededSurvey.Option(survey.Commute, "Rad")]),
            new(survey.Age.Id, Number: 40),
            new(survey.Priorities.Id, Ranking: [SeededSurvey.Option(survey.Priorities, "Radweg")]),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains(Field(survey.CyclingWish), problem, StringComparison.Ordinal);
        Assert.Contains(Field(survey.Priorities), problem, StringComparison.Ordinal);

        using var created = await session.Client.PostAsJsonAsync($"/api/participation/surveys/{survey.Id}/responses", new SurveyResponseInput([
            new(survey.Commute.Id, OptionIds: [SeededSurvey.Option(survey.Commute, "Rad")]),
            new(survey.CyclingWish.Id, Text: "Mehr Bügel am Bahnhof"),
            new(survey.Age.Id, Number: 40),
            new(survey.Priorities.Id, Ranking: [SeededSurvey.Option(survey.Priorities, "Busspur"), SeededSurvey.Option(survey.Priorities, "Radweg"), SeededSurvey.Option(survey.Priorities, "Carsharing")]),
            new(survey.Ratings.Id, Matrix: new() { [Text(SeededSurvey.Option(survey.Ratings, "Busse"))] = SeededSurvey.Option(survey.Ratings, "mittel") }),
            new(survey.Spot.Id, Latitude: 54.31, Longitude: 10.13),
        ]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answers = await AnswersOfAsync(survey.Id);
        Assert.Equal(1, answers.Single(a => a.OptionId == SeededSurvey.Option(survey.Priorities, "Busspur")).NumberValue);
        Assert.Equal(SeededSurvey.Option(survey.Ratings, "mittel"), answers.Single(a => a.QuestionId == survey.Ratings.Id).ColumnOptionId);
    }

    [Fact]
    public void Texts_ForEveryStateAndKind_ExistInBothLanguages()
    {
        var texts = app.Services.GetRequiredService<IStringLocalizer<SharedTexts>>();
        var keys = Enum.GetValues<SurveyRefusal>().Where(r => r != SurveyRefusal.None).Select(r => $"Surveys.Refusal.{r}")
            .Concat(Enum.GetValues<SurveyAccess>().Select(a => $"Surveys.Access.{a}"))
            .Concat(Enum.GetValues<QuestionKind>().Select(k => $"Surveys.Kind.{k}"))
            .Concat(Enum.GetValues<FreeTextState>().Select(s => $"Surveys.TextState.{s}"));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "de", "en" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.All(keys, key => Assert.False(texts[key].ResourceNotFound, $"{culture}: {key}"));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Draft_IsHiddenFromResidentsButShownToItsEditors()
    {
        var survey = await SurveySeed.CreateAsync(app, published: false);
        using var resident = await SurveySeed.SignedInAsync(app);
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));

        await resident.GetHtmlAsync($"/participation/surveys/{survey.Id}", HttpStatusCode.NotFound);
        await editor.GetHtmlAsync($"/participation/surveys/{survey.Id}");
        Assert.DoesNotContain(await resident.Client.GetFromJsonAsync<List<SurveyListItemDto>>("/api/participation/surveys") ?? [], s => s.Id == survey.Id);
    }
}

public sealed class SurveyAnswerTestsOnSqlite(SqliteApp app) : SurveyAnswerTests(app), IClassFixture<SqliteApp>;

public sealed class SurveyAnswerTestsOnPostgres(PostgresApp app) : SurveyAnswerTests(app), IClassFixture<PostgresApp>;
