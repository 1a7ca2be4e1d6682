using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingDecisionTests(SmartRegionApp app)
{
    [Fact]
    public async Task Approval_ThroughTheStaffForm_ChecksTheAmountConsumesBudgetMailsAndGivesAPrintableNotice()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, person) = await SignedInAsync(app, "applicant");
        var (stranger, _) = await SignedInAsync(app, "stranger");
        using (editor)
        using (applicant)
        using (stranger)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));
            var reference = await SubmitAsync(applicant, id);
            var page = $"/funding/applications/{id}";
            Assert.Contains("Noch frei: 500.000 € von 500.000 €.", await editor.GetHtmlAsync(page), StringComparison.Ordinal);

            using (var empty = await editor.PostFormAsync(page, [new("DecisionAmount", ""), new("DecisionConditions", "")], page + "?handler=Approve"))
            {
                Assert.Contains("id=\"DecisionAmount-error\">Bitte füllen Sie das Feld „Bewilligte Förderung“ aus.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            // More than was asked for (20,000 €) is refused, as is less than the call's minimum.
            using (var tooMuch = await editor.PostFormAsync(page, [new("DecisionAmount", "25.000"), new("DecisionConditions", "")], page + "?handler=Approve"))
            {
                Assert.Contains("id=\"DecisionAmount-error\">Die bewilligte Förderung muss zwischen 5.000 € und 20.000 € liegen.", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Equal(ApplicationState.Submitted, await StateAsync(id));
            using (var approved = await editor.PostFormAsync(page, [new("DecisionAmount", "18.000,00"), new("DecisionConditions", "Die Fahrten werden öffentlich angekündigt.")], page + "?handler=Approve"))
            {
                Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
                Assert.EndsWith("?done=decided", approved.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            Assert.Equal(ApplicationState.Approved, await StateAsync(id));
            Assert.Equal(18000m, await app.QueryAsync(db => db.Set<FundingCall>().Where(c => c.Id == callId).Select(c => c.ApprovedTotal).SingleAsync()));
            Assert.Contains("Budget: 18.000 € bewilligt von 500.000 €, noch frei 482.000 €.", await editor.GetHtmlAsync($"/funding/calls/{callId}/staff"), StringComparison.Ordinal);

            var mails = await Mailbox.ToAsync(app.MailFolder, person.Email!);
            var mail = mails[^1];
            Assert.Contains($"Entscheidung über Ihren Förderantrag {reference}", mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"/funding/applications/{id}/notice", mail.TextBody, StringComparison.Ordinal);

            var notice = await applicant.GetHtmlAsync($"/funding/applications/{id}/notice");
            foreach (var expected in new[] { "<h1 class=\"kern-heading-x-large\">Förderbescheid</h1>", reference, "18.000 €", "Die Fahrten werden öffentlich angekündigt.", "Ein Zwischenbericht ist alle 6 Monate nach der Bewilligung fällig", "funding.css" })
            {
                Assert.Contains(expected, notice, StringComparison.Ordinal);
            }

            Assert.Contains("Bewilligt mit 18.000 €", await applicant.GetHtmlAsync(page), StringComparison.Ordinal);
            Assert.Contains("Förderbescheid", await editor.GetHtmlAsync($"/funding/applications/{id}/notice"), StringComparison.Ordinal);
            await stranger.GetHtmlAsync($"/funding/applications/{id}/notice", HttpStatusCode.NotFound);

            // A decided application is decided: no second decision, no withdrawal.
            using (var again = await editor.Client.PostAsJsonAsync($"/api/funding/applications/{id}/decision", new { outcome = "Rejected", reason = "Doch nicht." }))
            {
                Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            }

            using (var withdraw = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{id}/withdraw", UriKind.Relative), null))
            {
                Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
            }

            var trail = await app.QueryAsync(db => db.Set<Modules.Funding.Common.Audit.FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Id).ToListAsync());
            var approval = Assert.Single(trail, e => e.Action == "approved");
            Assert.Equal(("Submitted", "Approved", "18000.00"), (approval.FromState, approval.ToState, approval.Note));
            Assert.NotNull(approval.ActorId);

            var csv = await editor.GetHtmlAsync($"/funding/calls/{callId}/decisions.csv");
            Assert.Contains($"\"1\",\"{reference}\",\"Nachbarschaftsverein Gaarden e. V.\",\"Bürgerbus Gaarden\",\"Approved\",\"20000.00\",\"18000.00\",\"Die Fahrten werden öffentlich angekündigt.\",", csv, StringComparison.Ordinal);
            using (var refused = await applicant.GetAsync($"/funding/calls/{callId}/decisions.csv"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Rejection_ThroughTheApi_NeedsAReasonAndOnlyStaffOfTheAreaDecide()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (ploenEditor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));
            var url = $"/api/funding/applications/{id}/decision";

            // A draft cannot be decided; the applicant can never decide; staff of another area do not even see it.
            using (var draft = await editor.Client.PostAsJsonAsync(url, new { outcome = "Rejected", reason = "Zu früh." }))
            {
                Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
            }

            await SubmitAsync(applicant, id);
            using (var own = await applicant.Client.PostAsJsonAsync(url, new { outcome = "Approved", grantedAmount = "20000" }))
            {
                Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            }

            using (var other = await ploenEditor.Client.PostAsJsonAsync(url, new { outcome = "Approved", grantedAmount = "20000" }))
            {
                Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            }

            using (var otherList = await ploenEditor.Client.GetAsync(new Uri($"/api/funding/calls/{callId}/decisions", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
            }

            using (var noReason = await editor.Client.PostAsJsonAsync(url, new { outcome = "Rejected", reason = "  " }))
            {
                Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
                using var problem = JsonDocument.Parse(await noReason.Content.ReadAsStringAsync());
                Assert.Equal("Bitte füllen Sie das Feld „Begründung der Ablehnung“ aus.", problem.RootElement.GetProperty("errors").GetProperty("reason")[0].GetString());
            }

            using (var noOutcome = await editor.Client.PostAsJsonAsync(url, new { reason = "Ohne Ergebnis" }))
            {
                Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
            }

            Assert.Equal(ApplicationState.Submitted, await StateAsync(id));
            using (var rejected = await editor.Client.PostAsJsonAsync(url, new { outcome = "Rejected", reason = "Das Vorhaben ist bereits anderweitig finanziert." }))
            {
                Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
                using var json = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
                Assert.Equal("Rejected", json.RootElement.GetProperty("outcome").GetString());
                Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("grantedAmount").ValueKind);
                Assert.Equal($"/funding/applications/{id}/notice", json.RootElement.GetProperty("noticeUrl").GetString());
            }

            Assert.Equal(ApplicationState.Rejected, await StateAsync(id));
            using (var read = await applicant.Client.GetAsync(new Uri(url, UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
                Assert.Contains("anderweitig finanziert", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var notice = await applicant.GetHtmlAsync($"/funding/applications/{id}/notice");
            Assert.Contains("Ablehnungsbescheid", notice, StringComparison.Ordinal);
            Assert.Contains("Das Vorhaben ist bereits anderweitig finanziert.", notice, StringComparison.Ordinal);
            Assert.Equal(0m, await app.QueryAsync(db => db.Set<FundingCall>().Where(c => c.Id == callId).Select(c => c.ApprovedTotal).SingleAsync()));

            var openApi = await applicant.GetHtmlAsync("/openapi/v1.json");
            Assert.Contains("\"/api/funding/applications/{id}/decision\"", openApi, StringComparison.Ordinal);
            Assert.Contains("\"/api/funding/calls/{id}/decisions\"", openApi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ParallelApprovals_BeyondTheBudget_NeverGrantMoreThanTheBudget()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            // Twelve approvals of 50,000 € each against a budget of 500,000 €: ten fit.
            var callId = await CreateCallAsync(app, editor);
            var area = await app.AreaIdAsync("kiel-gaarden-ost");
            var ids = new List<int>();
            for (var i = 0; i < 12; i++)
            {
                var id = await DraftAsync(applicant, callId, CompleteApplication(area, $"Pilot {i}", grant: "50000", personnelCost: "60000"));
                await SubmitAsync(applicant, id);
                ids.Add(id);
            }

            var answers = await Task.WhenAll(ids.Select(async id =>
            {
                using var response = await editor.Client.PostAsJsonAsync($"/api/funding/applications/{id}/decision", new { outcome = "Approved", grantedAmount = "50000.00" });
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }));

            Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a =>
            {
                Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
                Assert.Contains("Budget exhausted", a.Body, StringComparison.Ordinal);
            });

            var decided = await app.QueryAsync(db => db.Set<FundingDecision>().AsNoTracking().Where(d => d.CallId == callId).ToListAsync());
            Assert.Equal(10, decided.Count);
            Assert.Equal(500000m, decided.Sum(d => d.GrantedAmount ?? 0));
            Assert.Equal(Enumerable.Range(1, 10), decided.Select(d => d.NoticeNumber).Order());
            Assert.Equal(10, await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync(a => a.CallId == callId && a.State == ApplicationState.Approved)));

            using var list = await editor.Client.GetAsync(new Uri($"/api/funding/calls/{callId}/decisions", UriKind.Relative));
            using var budget = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
            Assert.Equal(500000m, budget.RootElement.GetProperty("approvedTotal").GetDecimal());
            Assert.Equal(0m, budget.RootElement.GetProperty("remaining").GetDecimal());
            Assert.Equal(10, budget.RootElement.GetProperty("decisions").GetArrayLength());
        }
    }

    private Task<ApplicationState> StateAsync(int id) =>
        app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == id).Select(a => a.State).SingleAsync());
}

public sealed class FundingDecisionTestsOnSqlite(FundingSqliteApp app) : FundingDecisionTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingDecisionTestsOnPostgres(FundingPostgresApp app) : FundingDecisionTests(app), IClassFixture<FundingPostgresApp>;
