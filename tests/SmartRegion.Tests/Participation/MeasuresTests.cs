using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.MeasureSteps;

namespace SmartRegion.Tests.Participation;

public abstract class MeasuresTests(SmartRegionApp app)
{
    private static readonly string[] TimelineTexts = ["Maßnahme angelegt", "Die Bügel sind bestellt.", "Alle 40 Bügel stehen."];

    [Fact]
    public async Task PloenEditor_KielMeasure_IsForbiddenOnPagesAndApi()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        using (kielEditor)
        using (ploenEditor)
        {
            var id = await CreateMeasureAsync(app, kielEditor, "kiel-gaarden-ost", "Zebrastreifen Vinetaplatz");

            foreach (var path in new[] { $"/participation/measures/{id}/edit", $"/participation/measures/{id}/status", $"/participation/measures/{id}/links" })
            {
                using var page = await ploenEditor.GetAsync(path);
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            using var status = await ploenEditor.Client.PostAsJsonAsync($"/api/participation/measures/{id}/status", new { status = "Done", explanationDe = "Fertig." });
            Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
            Assert.Equal("application/problem+json", status.Content.Headers.ContentType?.MediaType);
            using var update = await ploenEditor.Client.PutAsJsonAsync($"/api/participation/measures/{id}", new
            {
                areaId = await app.AreaIdAsync("ploen"),
                titleDe = "Übernommen",
                descriptionDe = "x",
                responsibleBody = "y",
            });
            Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
            using var create = await ploenEditor.Client.PostAsJsonAsync("/api/participation/measures", new
            {
                areaId = await app.AreaIdAsync("kiel"),
                titleDe = "Fremd",
                descriptionDe = "x",
                responsibleBody = "y",
            });
            Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);

            Assert.Equal(MeasureStatus.Planned, await app.QueryAsync(db => db.Set<Measure>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
            var detail = await ploenEditor.GetHtmlAsync($"/participation/measures/{id}");
            Assert.DoesNotContain($"/participation/measures/{id}/status", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Measure_CreatedThenChangedTwice_ShowsDatedExplainedTimelineInOrder()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var id = await CreateMeasureAsync(app, editor, "kiel", "Fahrradbügel am Hauptbahnhof");
            await ChangeStatusAsync(editor, id, MeasureStatus.InProgress, "Die Bügel sind bestellt.");
            await ChangeStatusAsync(editor, id, MeasureStatus.Done, "Alle 40 Bügel stehen.");

            using var anonymous = app.NewSession();
            var html = await anonymous.GetHtmlAsync($"/participation/measures/{id}");
            var ordered = TimelineTexts
                .Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, ordered);
            Assert.Equal(ordered.Order().ToList(), ordered);
            Assert.Contains("Aktueller Stand: Umgesetzt", html, StringComparison.Ordinal);
            Assert.Contains("25.000,5 €", html, StringComparison.Ordinal);
            Assert.Contains("<ol class=\"measure-timeline\">", html, StringComparison.Ordinal);
            Assert.Contains("Melden Sie sich an, um zu folgen.", html, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(await anonymous.Client.GetStringAsync(new Uri($"/api/participation/measures/{id}", UriKind.Relative)));
            Assert.Equal("Done", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(25000.50m, json.RootElement.GetProperty("budgetEuro").GetDecimal());
            var timeline = json.RootElement.GetProperty("timeline").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToList();
            Assert.Equal(["InProgress", "Done"], timeline);
        }
    }

    [Fact]
    public async Task Register_FilteredByKiel_IncludesAreasBelowAndFiltersStatus()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        using (kielEditor)
        using (ploenEditor)
        {
            var marker = Guid.NewGuid().ToString("N")[..8];
            var gaarden = await CreateMeasureAsync(app, kielEditor, "kiel-gaarden-ost", $"Gaarden {marker}");
            await CreateMeasureAsync(app, ploenEditor, "preetz", $"Preetz {marker}");
            await ChangeStatusAsync(kielEditor, gaarden, MeasureStatus.InProgress, "Begonnen.");
            var kiel = await app.AreaIdAsync("kiel");

            using var anonymous = app.NewSession();
            var kielList = await anonymous.GetHtmlAsync($"/participation/measures?area={kiel}");
            Assert.Contains($"Gaarden {marker}", kielList, StringComparison.Ordinal);
            Assert.DoesNotContain($"Preetz {marker}", kielList, StringComparison.Ordinal);
            var planned = await anonymous.GetHtmlAsync("/participation/measures?status=Planned");
            Assert.Contains($"Preetz {marker}", planned, StringComparison.Ordinal);
            Assert.DoesNotContain($"Gaarden {marker}", planned, StringComparison.Ordinal);

            var api = await anonymous.Client.GetFromJsonAsync<List<MeasureSummaryDto>>(new Uri("/api/participation/measures?area=ploen&status=planned", UriKind.Relative));
            Assert.Contains(api!, m => m.TitleDe == $"Preetz {marker}");
            Assert.DoesNotContain(api!, m => m.TitleDe == $"Gaarden {marker}");
            using var unknown = await anonymous.GetAsync("/api/participation/measures?status=Fertig");
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }
    }

    [Fact]
    public async Task Forms_WithMissingOrWrongInput_ShowMessagesNextToTheFields()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            using var empty = await editor.PostFormAsync("/participation/measures/new", ("Input.TitleDe", ""), ("Input.BudgetEuro", "viel"));
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            var html = await empty.Content.ReadAsStringAsync();
            Assert.Contains("id=\"Input_TitleDe-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Bitte füllen Sie das Feld „Titel (Deutsch)“ aus.", html, StringComparison.Ordinal);
            Assert.Contains("id=\"Input_AreaId-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Bitte geben Sie das Budget als Betrag in Euro ein", html, StringComparison.Ordinal);

            using var ploenArea = await editor.PostFormAsync(
                "/participation/measures/new",
                ("Input.AreaId", (await app.AreaIdAsync("ploen")).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Input.TitleDe", "T"), ("Input.DescriptionDe", "D"), ("Input.ResponsibleBody", "R"));
            Assert.Contains("Sie sind nicht Redakteurin oder Redakteur dieses Gebiets.", await ploenArea.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var id = await CreateMeasureAsync(app, editor, "kiel", "Bank am Blücherplatz");
            using var noExplanation = await editor.PostFormAsync($"/participation/measures/{id}/status", ("Input.Status", "Done"), ("Input.ExplanationDe", " "));
            Assert.Equal(HttpStatusCode.OK, noExplanation.StatusCode);
            Assert.Contains("id=\"Input_ExplanationDe-error\"", await noExplanation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(MeasureStatus.Planned, await app.QueryAsync(db => db.Set<Measure>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

            using var apiEmpty = await editor.Client.PostAsJsonAsync("/api/participation/measures", new { titleDe = "" });
            Assert.Equal(HttpStatusCode.BadRequest, apiEmpty.StatusCode);
            using var problem = JsonDocument.Parse(await apiEmpty.Content.ReadAsStringAsync());
            var errors = problem.RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty("titleDe", out _));
            Assert.True(errors.TryGetProperty("areaId", out _));
        }
    }

    [Fact]
    public async Task LinkIdea_FromAnotherArea_IsRefusedNextToTheField()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var id = await CreateMeasureAsync(app, editor, "kiel", "Trinkbrunnen");
            var ploenIdea = await InsertIdeaAsync(app, "ploen", "Trinkbrunnen am See", null);
            var gaardenIdea = await InsertIdeaAsync(app, "kiel-gaarden-ost", "Trinkbrunnen in Gaarden", null);

            using var refused = await editor.PostFormAsync($"/participation/measures/{id}/links", [new("Idea.IdeaId", ploenIdea.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/participation/measures/{id}/links?handler=Idea");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("id=\"Idea_IdeaId-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Diese Idee gehört zu einem anderen Gebiet.", html, StringComparison.Ordinal);

            using var linked = await editor.PostFormAsync($"/participation/measures/{id}/links", [new("Idea.IdeaId", gaardenIdea.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/participation/measures/{id}/links?handler=Idea");
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
            using var survey = await editor.PostFormAsync($"/participation/measures/{id}/links", [new("Survey.SurveyId", "77")], $"/participation/measures/{id}/links?handler=Survey");
            Assert.Equal(HttpStatusCode.Redirect, survey.StatusCode);

            var page = await editor.GetHtmlAsync($"/participation/measures/{id}");
            Assert.Contains($"href=\"/participation/ideas/{gaardenIdea}\">Trinkbrunnen in Gaarden</a> – angenommen", page, StringComparison.Ordinal);
            Assert.Contains("href=\"/participation/surveys/77\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Trinkbrunnen am See", page, StringComparison.Ordinal);
        }
    }
}

public sealed class MeasuresTestsOnSqlite(MeasuresSqliteApp app) : MeasuresTests(app), IClassFixture<MeasuresSqliteApp>;

public sealed class MeasuresTestsOnPostgres(MeasuresPostgresApp app) : MeasuresTests(app), IClassFixture<MeasuresPostgresApp>;
