using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract partial class FundingCallTests(SmartRegionApp app)
{
    [Fact]
    public async Task Call_CreatedByEditor_StoresRulesFormCriteriaAndReportScheduleInBerlinTime()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var opens = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
            var id = await CreateCallAsync(app, editor, publish: false, opens: opens, closes: new DateTime(2027, 7, 31, 21, 59, 0, DateTimeKind.Utc));

            var call = await app.QueryAsync(db => db.Set<FundingCall>().AsNoTracking().SingleAsync(c => c.Id == id));
            Assert.Equal(CallStatus.Draft, call.Status);
            Assert.Equal(opens, call.OpensAt);
            Assert.Equal(new DateTime(2027, 7, 31, 21, 59, 0, DateTimeKind.Utc), call.ClosesAt);
            Assert.Equal([ApplicantType.Association, ApplicantType.Initiative], call.ApplicantTypes);
            Assert.Equal(500_000m, call.TotalBudget);
            Assert.Equal(5_000m, call.MinGrant);
            Assert.Equal(50_000m, call.MaxGrant);
            Assert.Equal(20m, call.MinOwnContributionPercent);
            Assert.Equal(6, call.InterimReportMonths);
            Assert.True(call.FinalReportAtProjectEnd);
            var criterion = Assert.Single(call.Criteria);
            Assert.Equal(("Wirkung für die Region", 40), (criterion.NameDe, criterion.Weight));
            Assert.Equal(["f1", "f2", "f3", "f4", "f5"], call.FormFields.Select(f => f.Key));
            Assert.Equal([FormFieldKind.LongText, FormFieldKind.MilestonePlan, FormFieldKind.BudgetTable, FormFieldKind.File, FormFieldKind.Choice], call.FormFields.Select(f => f.Kind));
            Assert.Equal(["Personal", "Sachkosten"], call.FormFields[2].Options);

            var form = await editor.GetHtmlAsync($"/funding/calls/{id}/edit");
            Assert.Contains("value=\"2026-03-01T10:00\"", form, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DraftCall_Public_IsInvisibleOnPagesAndApiUntilPublished()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        using (var visitor = app.NewSession())
        {
            var title = $"Entwurf {Guid.NewGuid():N}"[..20];
            var id = await CreateCallAsync(app, editor, publish: false, title: title);

            Assert.DoesNotContain(title, await visitor.GetHtmlAsync("/funding/calls"), StringComparison.Ordinal);
            await visitor.GetHtmlAsync($"/funding/calls/{id}", HttpStatusCode.NotFound);
            using (var api = await visitor.GetAsync($"/api/funding/calls/{id}"))
            {
                Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            }

            Assert.DoesNotContain(title, await visitor.Client.GetStringAsync(new Uri("/api/funding/calls", UriKind.Relative)), StringComparison.Ordinal);
            Assert.Contains(title, await editor.GetHtmlAsync($"/funding/calls/{id}"), StringComparison.Ordinal);

            using var published = await editor.PostFormAsync($"/funding/calls/{id}/staff", [new("publish", "true")], $"/funding/calls/{id}/staff?handler=Publish");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

            var list = await visitor.GetHtmlAsync("/funding/calls");
            var open = list.IndexOf("Offene Förderaufrufe", StringComparison.Ordinal);
            var upcoming = list.IndexOf("Kommende Förderaufrufe", StringComparison.Ordinal);
            var at = list.IndexOf(title, StringComparison.Ordinal);
            Assert.True(open < at && at < upcoming, "The call is listed among the open ones.");
            Assert.Contains("Wirkung für die Region", await visitor.GetHtmlAsync($"/funding/calls/{id}"), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await visitor.Client.GetStringAsync(new Uri($"/api/funding/calls/{id}", UriKind.Relative)));
            Assert.Equal("Open", json.RootElement.GetProperty("phase").GetString());
            Assert.Equal(5, json.RootElement.GetProperty("formFields").GetArrayLength());

            var trail = await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.CallId == id).OrderBy(e => e.Id).ToListAsync());
            Assert.Equal(["created:>Draft", "published:Draft>Published"], trail.Select(e => $"{e.Action}:{e.FromState}>{e.ToState}"));
        }
    }

    [Fact]
    public async Task CallList_UpcomingAndClosedCalls_AreListedUnderTheirHeadings()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        using (var visitor = app.NewSession())
        {
            var upcoming = $"Kommt {Guid.NewGuid():N}"[..20];
            var closed = $"Vorbei {Guid.NewGuid():N}"[..20];
            await CreateCallAsync(app, editor, title: upcoming, opens: DateTime.UtcNow.AddDays(10), closes: DateTime.UtcNow.AddDays(40));
            await CreateCallAsync(app, editor, title: closed, opens: DateTime.UtcNow.AddDays(-40), closes: DateTime.UtcNow.AddDays(-10));

            var list = await visitor.GetHtmlAsync("/funding/calls");
            var upcomingHeading = list.IndexOf("Kommende Förderaufrufe", StringComparison.Ordinal);
            var closedHeading = list.IndexOf("Beendete Förderaufrufe", StringComparison.Ordinal);
            Assert.InRange(list.IndexOf(upcoming, StringComparison.Ordinal), upcomingHeading, closedHeading);
            Assert.True(list.IndexOf(closed, StringComparison.Ordinal) > closedHeading);
            Assert.Contains("Dieser Aufruf nimmt zurzeit keine Anträge an.", await visitor.GetHtmlAsync($"/funding/calls/{await IdOfAsync(closed)}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PloenEditor_KielCall_IsForbiddenOnEveryStaffPage()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        using (kielEditor)
        using (ploenEditor)
        {
            var id = await CreateCallAsync(app, kielEditor, "kiel-gaarden-ost");
            foreach (var path in new[] { $"/funding/calls/{id}/edit", $"/funding/calls/{id}/staff" })
            {
                using var page = await ploenEditor.GetAsync(path);
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            using (var csv = await ploenEditor.GetAsync($"/funding/calls/{id}/applications.csv"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
            }

            // Opening a call for Kiel from Plön is refused at the area field.
            var html = await PostCallAsync(ploenEditor, CallForm(await app.AreaIdAsync("kiel"), await app.AreaIdAsync("kiel"), "Fremder Aufruf"));
            Assert.Contains("Für dieses Gebiet dürfen Sie keine Förderaufrufe anlegen.", html, StringComparison.Ordinal);

            // A resident without any role may not open calls at all.
            var (resident, _) = await SignedInAsync(app, "resident");
            using (resident)
            {
                using var page = await resident.GetAsync("/funding/calls/new");
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            }

            // The editor of the district above (Kiel) manages the call of Gaarden-Ost.
            await kielEditor.GetHtmlAsync($"/funding/calls/{id}/staff");
        }
    }

    [Fact]
    public async Task CallForm_BrokenRules_ShowsEachMessageNextToItsField()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var kiel = await app.AreaIdAsync("kiel");
            var fields = CallForm(kiel, kiel, "Kaputt")
                .Where(f => !f.Key.StartsWith("Input.FormFields[2]", StringComparison.Ordinal) && f.Key != "Input.ApplicantTypes")
                .Select(f => f.Key switch
                {
                    "Input.MinGrant" => new KeyValuePair<string, string>(f.Key, "60.000"),
                    "Input.ClosesAt" => new KeyValuePair<string, string>(f.Key, Berlin(DateTime.UtcNow.AddDays(-5))),
                    "Input.TotalBudget" => new KeyValuePair<string, string>(f.Key, "viel"),
                    _ => f,
                })
                .ToList();
            var html = await PostCallAsync(editor, fields);

            Assert.Contains("id=\"Input_MaxGrant-error\">Der Höchstwert darf nicht kleiner sein als der Mindestwert.", html, StringComparison.Ordinal);
            Assert.Contains("Der Antragsschluss muss nach dem Beginn der Antragsfrist liegen.", html, StringComparison.Ordinal);
            Assert.Contains("id=\"Input_TotalBudget-error\">Bitte geben Sie eine Zahl an", html, StringComparison.Ordinal);
            Assert.Contains("„Wer darf Anträge stellen?“: Bitte wählen Sie mindestens eine Möglichkeit.", html, StringComparison.Ordinal);
            Assert.Contains("Für eine Eigenanteil-Regel braucht das Antragsformular einen Kostenplan.", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#Input_MaxGrant\"", html, StringComparison.Ordinal);
            Assert.Equal(0, await app.QueryAsync(db => db.Set<FundingCall>().CountAsync(c => c.TitleDe == "Kaputt")));

            // The same rules in English.
            await editor.GetHtmlAsync("/funding/calls?culture=en");
            var english = await PostCallAsync(editor, fields.Select(f => f.Key == "Input.TotalBudget" ? new KeyValuePair<string, string>(f.Key, "500000") : f.Key is "Input.MinGrant" ? new(f.Key, "60000") : f.Key is "Input.MaxGrant" ? new(f.Key, "50000") : f));
            Assert.Contains("The maximum must not be smaller than the minimum.", english, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffTrail_ShowsActionsAndStatesInTheReadersLanguage_AndAnUnknownActionAsRecorded()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var id = await CreateCallAsync(app, editor);
            var applicationId = await DraftAsync(applicant, id, CompleteApplication(await app.AreaIdAsync("kiel")));
            await SubmitAsync(applicant, applicationId);
            await app.QueryAsync(async db =>
            {
                db.Add(new FundingAuditEntry { CallId = id, ApplicationId = applicationId, Action = "reassessed", FromState = "Submitted", ToState = "Rethought", At = DateTime.UtcNow });
                return await db.SaveChangesAsync();
            });

            var german = Cells(await editor.GetHtmlAsync($"/funding/calls/{id}/staff"));
            var english = Cells(await editor.GetHtmlAsync($"/funding/calls/{id}/staff?culture=en"));

            Assert.Equal(
                ["Angelegt||Entwurf", "Veröffentlicht|Entwurf|Veröffentlicht", "Entwurf begonnen||Entwurf", "Eingereicht|Entwurf|Eingereicht", "reassessed|Eingereicht|Rethought"],
                german);
            Assert.Equal(
                ["Created||Draft", "Published|Draft|Published", "Draft started||Draft", "Submitted|Draft|Submitted", "reassessed|Submitted|Rethought"],
                english);
        }
    }

    /// <summary>Action, from and to of every row of the audit trail table, as "action|from|to".</summary>
    private static List<string> Cells(string html)
    {
        var trail = html[html.LastIndexOf("<table", StringComparison.Ordinal)..];
        return [.. TrailRow().Matches(trail).Select(m => $"{WebUtility.HtmlDecode(m.Groups[1].Value)}|{WebUtility.HtmlDecode(m.Groups[2].Value)}|{WebUtility.HtmlDecode(m.Groups[3].Value)}")];
    }

    private static async Task<string> PostCallAsync(WebSession editor, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await editor.PostFormAsync("/funding/calls/new", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(HttpStatusCode.OK == response.StatusCode, WebSession.Shorten(html));
        return html;
    }

    [GeneratedRegex("</time></th>\\s*<td class=\"kern-table__cell\">[^<]*</td>\\s*<td class=\"kern-table__cell\">([^<]*)</td>\\s*<td class=\"kern-table__cell\">([^<]*)</td>\\s*<td class=\"kern-table__cell\">([^<]*)</td>")]
    private static partial Regex TrailRow();

    private Task<int> IdOfAsync(string title) => app.QueryAsync(db => db.Set<FundingCall>().Where(c => c.TitleDe == title).Select(c => c.Id).SingleAsync());
}

public sealed class FundingCallTestsOnSqlite(FundingSqliteApp app) : FundingCallTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingCallTestsOnPostgres(FundingPostgresApp app) : FundingCallTests(app), IClassFixture<FundingPostgresApp>;
