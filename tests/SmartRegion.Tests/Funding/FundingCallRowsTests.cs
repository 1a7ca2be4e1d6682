using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>"Add a row" on the call form works without JavaScript: the form comes back as posted with one more empty row, and nothing is saved.</summary>
public abstract partial class FundingCallRowsTests(SmartRegionApp app)
{
    [Fact]
    public async Task AddRow_OnTheNewCallForm_KeepsTheInput_AddsOneCriterionRow_AndSavesNothing()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var kiel = await app.AreaIdAsync("kiel");
            var title = $"Noch nicht gespeichert {Guid.NewGuid():N}"[..30];
            var fields = CallForm(kiel, kiel, title).Select(f => f.Key == "Input.TotalBudget" ? new KeyValuePair<string, string>(f.Key, "viel") : f)
                .Append(new("list", "criteria")).ToList();

            var form = await editor.GetHtmlAsync("/funding/calls/new");
            using var response = await editor.PostFormAsync("/funding/calls/new", fields, "/funding/calls/new?handler=AddRow");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Contains("formaction=\"/funding/calls/new?handler=AddRow#Input_Criteria_2__NameDe\"", form, StringComparison.Ordinal);
            Assert.Contains("name=\"list\" value=\"questions\"", form, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["criterion-row-0", "criterion-row-1", "criterion-row-2"], RowIds(html, "criterion"));
            Assert.Contains("id=\"criterion-row-2\" class=\"kern-fieldset funding-row funding-row--new\"", html, StringComparison.Ordinal);
            Assert.Single(NewRowMarks().Matches(html));
            Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Wirkung für die Region\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Matches("id=\"Input_TotalBudget\"[^>]* value=\"viel\"", html);
            Assert.DoesNotContain("kern-error", html, StringComparison.Ordinal);
            Assert.DoesNotContain("error-summary", html, StringComparison.Ordinal);
            Assert.Contains("src=\"/js/call-edit.js", html, StringComparison.Ordinal);
            Assert.False(await app.QueryAsync(db => db.Set<FundingCall>().AnyAsync(c => c.TitleDe == title)));
        }
    }

    [Fact]
    public async Task AddRow_OnAStoredCall_AddsOneQuestionRow_AndChangesNothingStored()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var id = await CreateCallAsync(app, editor, publish: false, title: "Gespeichert");
            var kiel = await app.AreaIdAsync("kiel");
            var before = await app.QueryAsync(db => db.Set<FundingCall>().AsNoTracking().SingleAsync(c => c.Id == id));
            var fields = CallForm(kiel, kiel, "Geändert, aber nicht gespeichert").Append(new("list", "questions")).ToList();

            using var response = await editor.PostFormAsync($"/funding/calls/{id}/edit", fields, $"/funding/calls/{id}/edit?handler=AddRow");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([.. Enumerable.Range(0, 7).Select(i => $"question-row-{i}")], RowIds(html, "question"));
            Assert.Contains("id=\"question-row-6\" class=\"kern-fieldset funding-row funding-row--new\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Geändert, aber nicht gespeichert\"", html, StringComparison.Ordinal);
            Assert.Equal($"/funding/calls/{id}/edit?handler=AddRow#Input_FormFields_7__Kind", FormAction().Matches(html).Select(m => m.Groups[1].Value).Last());
            var after = await app.QueryAsync(db => db.Set<FundingCall>().AsNoTracking().SingleAsync(c => c.Id == id));
            Assert.Equal(("Gespeichert", before.UpdatedAt, 5), (after.TitleDe, after.UpdatedAt, after.FormFields.Count));
            Assert.DoesNotContain(await app.QueryAsync(db => db.Set<FundingAuditEntry>().Where(e => e.CallId == id).Select(e => e.Action).ToListAsync()), a => a == "edited");
        }
    }

    [Fact]
    public async Task AddRow_ByAnEditorOfAnotherArea_Is403()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        using (kielEditor)
        using (ploenEditor)
        {
            var id = await CreateCallAsync(app, kielEditor, publish: false);
            var kiel = await app.AreaIdAsync("kiel");

            using var response = await ploenEditor.PostFormAsync("/funding/calls/new", CallForm(kiel, kiel, "Fremd").Append(new("list", "criteria")), $"/funding/calls/{id}/edit?handler=AddRow");

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    private static List<string> RowIds(string html, string kind) =>
        [.. RowId().Matches(html).Select(m => m.Groups[1].Value).Where(v => v.StartsWith(kind, StringComparison.Ordinal))];

    [GeneratedRegex("<fieldset[^>]* id=\"((?:criterion|question)-row-\\d+)\"")]
    private static partial Regex RowId();

    [GeneratedRegex("formaction=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("funding-row--new")]
    private static partial Regex NewRowMarks();
}

public sealed class FundingCallRowsTestsOnSqlite(FundingSqliteApp app) : FundingCallRowsTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingCallRowsTestsOnPostgres(FundingPostgresApp app) : FundingCallRowsTests(app), IClassFixture<FundingPostgresApp>;
