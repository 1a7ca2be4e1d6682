using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.PilotSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingPilotTests(SmartRegionApp app)
{
    [Fact]
    public async Task Approval_FoundsThePilot_WithMilestonesBudgetTeamAndReportScheduleFromTheApplication()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, person) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var (callId, applicationId, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var pilot = await app.QueryAsync(db => db.Set<FundingPilot>().AsNoTracking().Include(p => p.Fields).Include(p => p.Members).Include(p => p.Reports).SingleAsync(p => p.Id == pilotId));

            Assert.Equal(("Bürgerbus Gaarden", await app.AreaIdAsync("kiel-gaarden-ost"), 18000m, PilotStatus.Running), (pilot.Title, pilot.AreaId, pilot.GrantedAmount, pilot.Status));
            Assert.Equal(["mobilitaet"], pilot.Fields.Select(f => f.FieldKey));
            Assert.Equal([("Erste Fahrt", Today.AddDays(60)), ("Fahrplan für alle", Today.AddDays(300))], pilot.Milestones.Select(m => (m.Title, m.Due!.Value)));

            // The two "Personal" rows of the application's budget table make one category of the plan.
            Assert.Equal([("Personal", 20000m), ("Sachkosten", 10000m)], pilot.BudgetPlan.Select(b => (b.Category, b.Planned)));
            Assert.Equal(Today, pilot.StartsOn);
            Assert.Equal(Today.AddDays(300), pilot.EndsOn);

            // The call asks for an interim report six months after the approval and a final one at the end.
            Assert.Equal([(ReportKind.Interim, Today.AddMonths(6)), (ReportKind.Final, Today.AddDays(300))], pilot.Reports.OrderBy(r => r.DueOn).Select(r => (r.Kind, r.DueOn)));
            Assert.All(pilot.Reports, r => Assert.Null(r.SubmittedAt));
            var lead = Assert.Single(pilot.Members);
            Assert.Equal((person.Id, true), (lead.AccountId, lead.IsLead));

            var trail = await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == applicationId).ToListAsync());
            var started = Assert.Single(trail, e => e.Action == "pilot-started");
            Assert.Equal((callId, null, "Running"), (started.CallId, started.FromState, started.ToState));

            // The applicant's application links its pilot.
            Assert.Contains($"href=\"/funding/pilots/{pilotId}\"", await applicant.GetHtmlAsync($"/funding/applications/{applicationId}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Rejection_FoundsNoPilot()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, PilotApplication(await app.AreaIdAsync("kiel-gaarden-ost"), "Abgelehnt"));
            await SubmitAsync(applicant, id);
            using var rejected = await editor.Client.PostAsJsonAsync($"/api/funding/applications/{id}/decision", new { outcome = "Rejected", reason = "Nicht förderfähig." });
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<FundingPilot>().AnyAsync(p => p.ApplicationId == id)));
        }
    }

    [Fact]
    public async Task PilotPagesAndApi_ArePublic_FilterByFieldAndArea_AndShowPlanAgainstSpending()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        using (var visitor = app.NewSession())
        {
            var title = $"Öffentlicher Pilot {Guid.NewGuid():N}"[..30];
            var (_, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant, title);

            var list = await visitor.GetHtmlAsync("/funding/pilots");
            Assert.Contains($"href=\"/funding/pilots/{pilotId}\"", list, StringComparison.Ordinal);
            Assert.Contains($"href=\"/funding/pilots/{pilotId}\"", await visitor.GetHtmlAsync("/funding/pilots?field=mobilitaet&area=kiel"), StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/funding/pilots/{pilotId}\"", await visitor.GetHtmlAsync("/funding/pilots?field=energie"), StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/funding/pilots/{pilotId}\"", await visitor.GetHtmlAsync("/funding/pilots?area=ploen"), StringComparison.Ordinal);

            var page = await visitor.GetHtmlAsync($"/funding/pilots/{pilotId}");
            foreach (var expected in new[] { $">{title}</h1>", "Gaarden-Ost", "Mobilität", "18.000 €", "Erste Fahrt", "Fahrplan für alle", "<th scope=\"row\" class=\"kern-table__header\">Personal</th>", "20.000 €", "30.000 €", "noch kein Bericht eingereicht", "läuft" })
            {
                Assert.Contains(expected, page, StringComparison.Ordinal);
            }

            // The report schedule and the team's links are for the team, not for visitors.
            Assert.DoesNotContain("Für das Team", page, StringComparison.Ordinal);
            Assert.Contains("Für das Team", await applicant.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);

            using (var api = await visitor.Client.GetAsync(new Uri("/api/funding/pilots?field=mobilitaet", UriKind.Relative)))
            {
                using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
                var listed = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == pilotId);
                Assert.Equal(title, listed.GetProperty("title").GetString());
                Assert.Equal("Running", listed.GetProperty("status").GetString());
                Assert.Equal($"https://localhost/funding/pilots/{pilotId}", listed.GetProperty("url").GetString());
            }

            using (var api = await visitor.Client.GetAsync(new Uri($"/api/funding/pilots/{pilotId}", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, api.StatusCode);
                using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
                var pilot = json.RootElement;
                Assert.Equal(18000m, pilot.GetProperty("grantedAmount").GetDecimal());
                Assert.Equal(["mobilitaet"], pilot.GetProperty("fieldKeys").EnumerateArray().Select(f => f.GetString()));
                Assert.Equal(["Erste Fahrt", "Fahrplan für alle"], pilot.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()));
                Assert.All(pilot.GetProperty("milestones").EnumerateArray(), m => Assert.Equal("Open", m.GetProperty("status").GetString()));
                Assert.Equal(30000m, pilot.GetProperty("plannedTotal").GetDecimal());
                Assert.Equal(JsonValueKind.Null, pilot.GetProperty("spentTotal").ValueKind);
                Assert.Single(pilot.GetProperty("team").EnumerateArray());
                Assert.Empty(pilot.GetProperty("reports").EnumerateArray());
            }

            using (var missing = await visitor.Client.GetAsync(new Uri("/api/funding/pilots/987654", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            }

            await visitor.GetHtmlAsync("/funding/pilots/987654", HttpStatusCode.NotFound);
            var openApi = await visitor.GetHtmlAsync("/openapi/v1.json");
            Assert.Contains("\"/api/funding/pilots\"", openApi, StringComparison.Ordinal);
            Assert.Contains("\"/api/funding/pilots/{id}\"", openApi, StringComparison.Ordinal);
            Assert.Contains("href=\"/funding/pilots\"", await visitor.GetHtmlAsync("/funding"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Status_OnlyStaffOfTheArea_SetIt_StoppingNeedsAReason_AndTheTrailKeepsIt()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (ploenEditor)
        using (applicant)
        {
            var (_, applicationId, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var page = $"/funding/pilots/{pilotId}";
            var post = page + "?handler=Status";

            // The lead is no staff; an editor of another area neither. Both take the token of a page they may use.
            foreach (var outsider in new[] { applicant, ploenEditor })
            {
                using var refused = await outsider.PostFormAsync("/funding/calls", [new("Status", "Completed"), new("StopReason", "")], post);
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }

            using (var noReason = await editor.PostFormAsync(page, [new("Status", "Stopped"), new("StopReason", " ")], post))
            {
                Assert.Contains("id=\"StopReason-error\">Bitte füllen Sie das Feld „Grund des Abbruchs“ aus.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (var stopped = await editor.PostFormAsync(page, [new("Status", "Stopped"), new("StopReason", "Der Verein hat sich aufgelöst.")], post))
            {
                Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
            }

            Assert.Contains("abgebrochen – Der Verein hat sich aufgelöst.", await applicant.GetHtmlAsync(page), StringComparison.Ordinal);
            var entry = await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().SingleAsync(e => e.ApplicationId == applicationId && e.Action == "pilot-status"));
            Assert.Equal(("Running", "Stopped", "Der Verein hat sich aufgelöst."), (entry.FromState, entry.ToState, entry.Note));
        }
    }
}

public sealed class FundingPilotTestsOnSqlite(FundingSqliteApp app) : FundingPilotTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingPilotTestsOnPostgres(FundingPostgresApp app) : FundingPilotTests(app), IClassFixture<FundingPostgresApp>;
