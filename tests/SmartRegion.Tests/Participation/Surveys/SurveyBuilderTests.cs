using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Surveys.SeededSurvey;

namespace SmartRegion.Tests.Participation.Surveys;

public abstract class SurveyBuilderTests(SmartRegionApp app)
{
    private static List<KeyValuePair<string, string>> Settings(int areaId, string title) =>
    [
        new("Settings.AreaId", Text(areaId)),
        new("Settings.TitleDe", title),
        new("Settings.Access", nameof(SurveyAccess.AccountRequired)),
        new("Settings.OpensAt", "2026-01-01T08:00"),
        new("Settings.ClosesAt", "2026-02-01T18:00"),
    ];

    private Task<Survey> LoadAsync(int id) =>
        app.QueryAsync(db => db.Set<Survey>().AsNoTracking().Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options).SingleAsync(s => s.Id == id));

    [Fact]
    public async Task Builder_EditorOfPloen_BuildsAPloenSurveyStepByStep()
    {
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));
        using var created = await editor.PostFormAsync("/participation/surveys/new", Settings(await app.AreaIdAsync("preetz"), "Schwentine-Ufer"));
        SurveySeed.AssertRedirectTo(created, "/edit");
        var editUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(editUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        var survey = await LoadAsync(id);
        Assert.False(survey.IsPublished);

        // Times are entered in Berlin time and stored in UTC (winter: one hour behind).
        Assert.Equal(new DateTime(2026, 1, 1, 7, 0, 0), survey.OpensAt);

        using var section = await editor.PostFormAsync(editUrl, [new("Section.TitleDe", "Ufer")], editUrl + "?handler=AddSection");
        SurveySeed.AssertRedirectTo(section, "saved=true");
        var sectionId = (await LoadAsync(id)).Sections.Single().Id;

        using var noOptions = await editor.PostFormAsync(editUrl, [new("sectionId", Text(sectionId)), new("Question.Kind", "SingleChoice"), new("Question.TextDe", "Wie oft?")], editUrl + "?handler=SaveQuestion");
        Assert.Equal(HttpStatusCode.BadRequest, noOptions.StatusCode);
        Assert.Contains($"id=\"new-{sectionId}-OptionsDe-error\"", await noOptions.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var choice = await editor.PostFormAsync(editUrl, [new("sectionId", Text(sectionId)), new("Question.Kind", "SingleChoice"), new("Question.TextDe", "Gehen Sie am Ufer spazieren?"), new("Question.OptionsDe", "Ja\nNein"), new("Question.OptionsEn", "Yes\nNo"), new("Question.IsRequired", "true")], editUrl + "?handler=SaveQuestion");
        SurveySeed.AssertRedirectTo(choice, "saved=true");
        var first = (await LoadAsync(id)).Questions.Single();
        var yes = first.Options.Single(o => o.TextDe == "Ja");
        Assert.Equal("Yes", yes.TextEn);

        using var conditional = await editor.PostFormAsync(editUrl, [new("sectionId", Text(sectionId)), new("Question.Kind", "FreeText"), new("Question.TextDe", "Was gefällt Ihnen?"), new("Question.Condition", $"{first.Id}:{yes.Id}")], editUrl + "?handler=SaveQuestion");
        SurveySeed.AssertRedirectTo(conditional, "saved=true");
        var second = (await LoadAsync(id)).Questions.Single(q => q.Id != first.Id);
        Assert.Equal((first.Id, yes.Id), (second.ConditionQuestionId!.Value, second.ConditionOptionId!.Value));

        // A question cannot move above the question it depends on.
        using var moveUp = await editor.PostFormAsync(editUrl, [new("questionId", Text(second.Id)), new("direction", "-1")], editUrl + "?handler=MoveQuestion");
        SurveySeed.AssertRedirectTo(moveUp, "saved=true");
        Assert.Equal([first.Id, second.Id], (await LoadAsync(id)).Questions.Select(q => q.Id));

        // Renaming the options keeps them, so the condition stays; removing the question lifts the condition.
        using var renamed = await editor.PostFormAsync(editUrl, [new("sectionId", Text(sectionId)), new("questionId", Text(first.Id)), new("Question.Kind", "SingleChoice"), new("Question.TextDe", "Gehen Sie dort spazieren?"), new("Question.OptionsDe", "Ja, oft\nNein\nManchmal")], editUrl + "?handler=SaveQuestion");
        SurveySeed.AssertRedirectTo(renamed, "saved=true");
        var afterRename = await LoadAsync(id);
        Assert.Equal(yes.Id, afterRename.Questions.Single(q => q.Id == second.Id).ConditionOptionId);
        Assert.Equal(["Ja, oft", "Nein", "Manchmal"], afterRename.Questions.Single(q => q.Id == first.Id).Choices.Select(o => o.TextDe));

        using var removed = await editor.PostFormAsync(editUrl, [new("questionId", Text(first.Id))], editUrl + "?handler=RemoveQuestion");
        SurveySeed.AssertRedirectTo(removed, "saved=true");
        var remaining = (await LoadAsync(id)).Questions.Single();
        Assert.Null(remaining.ConditionQuestionId);

        var preview = await editor.GetHtmlAsync($"/participation/surveys/{id}/preview");
        Assert.Contains("Was gefällt Ihnen?", preview, StringComparison.Ordinal);
        using var previewCheck = await editor.PostFormAsync($"/participation/surveys/{id}/preview", [new(SurveyFields.Question(remaining.Id), "Die Ruhe")]);
        Assert.Contains("Diese Antworten würden angenommen.", await previewCheck.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == id)));
    }

    [Fact]
    public async Task Builder_EditorOfPloen_IsRefusedOnKielSurveys()
    {
        var kielSurvey = await SurveySeed.CreateAsync(app, "kiel");
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));

        using var edit = await editor.GetAsync($"/participation/surveys/{kielSurvey.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, (edit).StatusCode);
        using var preview = await editor.GetAsync($"/participation/surveys/{kielSurvey.Id}/preview");
        Assert.Equal(HttpStatusCode.Forbidden, (preview).StatusCode);
        using var create = await editor.PostFormAsync("/participation/surveys/new", Settings(await app.AreaIdAsync("kiel"), "Fremd"));
        Assert.Equal(HttpStatusCode.Forbidden, (create).StatusCode);
        using var post = await SurveySeed.PostWithTokenAsync(editor, $"/participation/surveys/{kielSurvey.Id}/edit?handler=RemoveQuestion", [new("questionId", Text(kielSurvey.Age.Id))], signedIn: true);
        Assert.Equal(HttpStatusCode.Forbidden, (post).StatusCode);
        using var export = await editor.GetAsync($"/participation/surveys/{kielSurvey.Id}/export.csv");
        Assert.Equal(HttpStatusCode.Forbidden, (export).StatusCode);
        Assert.Equal(9, (await LoadAsync(kielSurvey.Id)).Questions.Count());

        using var resident = await SurveySeed.SignedInAsync(app);
        using var residentEdit = await resident.GetAsync($"/participation/surveys/{kielSurvey.Id}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, (residentEdit).StatusCode);

        using var kielEditor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "kiel"));
        Assert.Contains("Abschnitte und Fragen", await kielEditor.GetHtmlAsync($"/participation/surveys/{kielSurvey.Id}/edit"), StringComparison.Ordinal);
        using var visitor = app.NewSession();
        using var visitorEdit = await visitor.GetAsync($"/participation/surveys/{kielSurvey.Id}/edit");
        SurveySeed.AssertRedirectTo(visitorEdit, "/account/login");
    }

    [Fact]
    public async Task Builder_SurveyWithResponses_RefusesQuestionChangesButKeepsSettingsEditable()
    {
        var survey = await SurveySeed.CreateAsync(app);
        using var resident = await SurveySeed.SignedInAsync(app);
        using var answered = await resident.PostFormAsync($"/participation/surveys/{survey.Id}", survey.MinimalAnswers());
        SurveySeed.AssertRedirectTo(answered, "answered=true");
        using var editor = await SurveySeed.SignedInAsync(app, (Roles.Editor, "ploen"));
        var editUrl = $"/participation/surveys/{survey.Id}/edit";

        using var removal = await editor.PostFormAsync(editUrl, [new("questionId", Text(survey.Age.Id))], editUrl + "?handler=RemoveQuestion");
        Assert.Equal(HttpStatusCode.Conflict, removal.StatusCode);
        Assert.Contains("bereits Antworten", await removal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(9, (await LoadAsync(survey.Id)).Questions.Count());

        using var settings = await editor.PostFormAsync(editUrl, [.. Settings(survey.Survey.AreaId, "Neuer Titel"), new("Settings.IsPublished", "true")], editUrl + "?handler=Settings");
        SurveySeed.AssertRedirectTo(settings, "saved=true");
        Assert.Equal("Neuer Titel", (await LoadAsync(survey.Id)).TitleDe);
    }
}

public sealed class SurveyBuilderTestsOnSqlite(SqliteApp app) : SurveyBuilderTests(app), IClassFixture<SqliteApp>;

public sealed class SurveyBuilderTestsOnPostgres(PostgresApp app) : SurveyBuilderTests(app), IClassFixture<PostgresApp>;
