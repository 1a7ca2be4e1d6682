using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.PilotSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingReportTests(SmartRegionApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task Reports_OnlyTheTeamAndStaffOfTheCallsArea_WriteThem()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        var (member, memberPerson) = await SignedInAsync(app, "member");
        var (stranger, _) = await SignedInAsync(app, "stranger");
        using (editor)
        using (ploenEditor)
        using (applicant)
        using (member)
        using (stranger)
        using (var visitor = app.NewSession())
        {
            var (callId, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var report = ReportUrl(pilotId, await ReportIdAsync(app, pilotId, ReportKind.Interim));
            var team = $"/funding/pilots/{pilotId}/team";

            // Only the lead (and staff) manage the team; members are added by the address of an existing account.
            foreach (var outsider in new[] { stranger, member, ploenEditor })
            {
                await outsider.GetHtmlAsync(team, HttpStatusCode.Forbidden);
            }

            using (var unknown = await applicant.PostFormAsync(team, [new("Email", "niemand-hier@example.org")], team + "?handler=Add"))
            {
                Assert.Contains("id=\"Email-error\">Zu dieser E-Mail-Adresse gibt es kein bestätigtes Konto.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (var added = await applicant.PostFormAsync(team, [new("Email", memberPerson.Email!.ToUpperInvariant())], team + "?handler=Add"))
            {
                Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            }

            Assert.Contains(memberPerson.DisplayName, await stranger.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);
            Assert.DoesNotContain(memberPerson.Email!, await stranger.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);

            // An unsubmitted report is the team's and staff's: others are refused, visitors asked to sign in.
            foreach (var allowed in new[] { applicant, member, editor })
            {
                Assert.Contains("Entwurf speichern", await allowed.GetHtmlAsync(report), StringComparison.Ordinal);
            }

            await stranger.GetHtmlAsync(report, HttpStatusCode.Forbidden);
            await ploenEditor.GetHtmlAsync(report, HttpStatusCode.Forbidden);
            using (var anonymous = await visitor.GetAsync(report))
            {
                Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
                Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            foreach (var outsider in new[] { stranger, ploenEditor })
            {
                using var refused = await outsider.PostFormAsync($"/funding/calls/{callId}", CompleteReport(), report + "?handler=Submit");
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                foreach (var page in new[] { "kpis", "results" })
                {
                    await outsider.GetHtmlAsync($"/funding/pilots/{pilotId}/{page}", HttpStatusCode.Forbidden);
                }
            }

            Assert.Null(await app.QueryAsync(db => db.Set<PilotReport>().Where(r => r.PilotId == pilotId && r.Kind == ReportKind.Interim).Select(r => r.SavedAt).SingleAsync()));

            // Staff of the area may write one; the member too.
            using (var byStaff = await PostReportAsync(editor, report, "Save", CompleteReport("Notiz der Fördermittelstelle.")))
            {
                Assert.Equal(HttpStatusCode.Redirect, byStaff.StatusCode);
            }

            using (var byMember = await PostReportAsync(member, report, "Submit", CompleteReport()))
            {
                Assert.Equal(HttpStatusCode.Redirect, byMember.StatusCode);
            }

            // Submitted, it is public to read.
            Assert.Contains("Der Bus fährt seit März jeden Abend.", await visitor.GetHtmlAsync(report), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_ErrorsStandNextToTheirFields_DraftKeepsInput_SubmissionIsFinalAndAudited()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, person) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        using (var visitor = app.NewSession())
        {
            var (_, applicationId, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var reportId = await ReportIdAsync(app, pilotId, ReportKind.Interim);
            var report = ReportUrl(pilotId, reportId);

            // Unreadable input: nothing is stored and every error stands next to its field.
            using (var unreadable = await PostReportAsync(applicant, report, "Save", ReportFields("Erster Entwurf", [("Done", ""), ("Vielleicht", "")], ["viel", "-5"])))
            {
                var html = await unreadable.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, unreadable.StatusCode);
                Assert.Contains("id=\"Input_Milestones_1__Status-error\">Bitte wählen Sie für „Fahrplan für alle“ einen Stand: offen, erledigt oder verzögert.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Input_Spending_0__Spent-error\">„Bisher ausgegeben für Personal (Euro)“ muss eine Zahl sein", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Input_Spending_1__Spent-error\">„Bisher ausgegeben für Sachkosten (Euro)“ darf nicht negativ sein.", html, StringComparison.Ordinal);
                Assert.Contains("href=\"#Input_Spending_0__Spent\"", html, StringComparison.Ordinal);
                Assert.Contains(">Erster Entwurf</textarea>", html, StringComparison.Ordinal);
            }

            Assert.Null(await SavedAtAsync(reportId));

            // A readable draft is kept; submitting it incomplete names what is missing.
            using (var incomplete = await PostReportAsync(applicant, report, "Submit", ReportFields(" ", [("Done", ""), ("Delayed", "")], ["4.000", ""])))
            {
                var html = await incomplete.Content.ReadAsStringAsync();
                Assert.Contains("id=\"Input_Narrative-error\">Bitte füllen Sie das Feld „Bericht“ aus.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Input_Milestones_1__Note-error\">Bitte schreiben Sie zum Meilenstein „Fahrplan für alle“, warum er sich verzögert.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Input_Spending_1__Spent-error\">Bitte füllen Sie das Feld „Bisher ausgegeben für Sachkosten (Euro)“ aus.", html, StringComparison.Ordinal);
                Assert.Contains("value=\"4.000\"", html, StringComparison.Ordinal);
            }

            var draft = await app.QueryAsync(db => db.Set<PilotReport>().AsNoTracking().SingleAsync(r => r.Id == reportId));
            Assert.NotNull(draft.SavedAt);
            Assert.Null(draft.SubmittedAt);
            Assert.Equal([4000m, null], draft.Spending.Select(s => s.Spent));
            Assert.Contains("Entwurf, fällig am", await applicant.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);

            // A file of the wrong type is refused next to the file field; a PDF is attached.
            using (var wrong = await PostReportAsync(applicant, report, "Save", CompleteReport(), ("programm.exe", [0x4D, 0x5A, 0x90, 0x00])))
            {
                Assert.Contains("id=\"Files-error\">programm.exe:", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (var submitted = await PostReportAsync(applicant, report, "Submit", CompleteReport(), ("Fahrgastzahlen.pdf", Pdf)))
            {
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
                Assert.EndsWith("?done=report-submitted", submitted.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            var stored = await app.QueryAsync(db => db.Set<PilotReport>().AsNoTracking().SingleAsync(r => r.Id == reportId));
            Assert.NotNull(stored.SubmittedAt);
            Assert.Equal(person.Id, stored.SubmittedBy);
            Assert.Equal([MilestoneStatus.Done, MilestoneStatus.Delayed], stored.Milestones.Select(m => m.Status));
            Assert.Equal([4000m, 2500.50m], stored.Spending.Select(s => s.Spent));

            // The pilot page now shows the narrative, the milestones' status and the spending against the plan, to everybody.
            var page = await visitor.GetHtmlAsync($"/funding/pilots/{pilotId}");
            foreach (var expected in new[] { "Der Bus fährt seit März jeden Abend.", "erledigt", "verzögert", "Die Genehmigung dauert länger.", "4.000 €", "2.500,5 €", "6.500,5 €", "Stand: Zwischenbericht vom" })
            {
                Assert.Contains(expected, page, StringComparison.Ordinal);
            }

            // The file is the team's and staff's, served like every funding attachment.
            var fileId = await app.QueryAsync(db => db.Set<FundingAttachment>().Where(a => a.ReportId == reportId).Select(a => a.Id).SingleAsync());
            using (var download = await editor.GetAsync($"/funding/attachments/{fileId}"))
            {
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
                Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(fileId.ToString(), await visitor.GetHtmlAsync(report), StringComparison.Ordinal);
            var (stranger, _) = await SignedInAsync(app, "stranger");
            using (stranger)
            using (var refused = await stranger.GetAsync($"/funding/attachments/{fileId}"))
            {
                Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            }

            // Submitted is final: a second submission changes nothing.
            using (var again = await applicant.PostFormAsync($"/funding/pilots/{pilotId}/results", CompleteReport("Doch etwas anderes."), report + "?handler=Submit"))
            {
                Assert.Contains("Dieser Bericht ist bereits eingereicht und lässt sich nicht mehr ändern.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.Equal("Der Bus fährt seit März jeden Abend.", await app.QueryAsync(db => db.Set<PilotReport>().Where(r => r.Id == reportId).Select(r => r.Narrative).SingleAsync()));
            var trail = await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == applicationId && e.Action == "report-submitted").ToListAsync());
            var entry = Assert.Single(trail);
            Assert.Equal(("Draft", "Submitted", person.Id), (entry.FromState, entry.ToState, entry.ActorId));
        }
    }

    [Fact]
    public async Task Overdue_AppearsOnceTheDueDateHasPassed_ForStaffAndTeam_AndGoesWithTheSubmission()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (ploenEditor)
        using (applicant)
        {
            var (callId, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var reportId = await ReportIdAsync(app, pilotId, ReportKind.Interim);
            var overview = $"/funding/calls/{callId}/pilots";
            Assert.Contains($"href=\"{overview}\"", await editor.GetHtmlAsync($"/funding/calls/{callId}/staff"), StringComparison.Ordinal);
            await ploenEditor.GetHtmlAsync(overview, HttpStatusCode.Forbidden);
            await applicant.GetHtmlAsync(overview, HttpStatusCode.Forbidden);

            var before = await editor.GetHtmlAsync(overview);
            Assert.Contains("Kein Bericht ist überfällig.", before, StringComparison.Ordinal);
            Assert.Contains($"Fällig am {Today.AddMonths(6):dd.MM.yyyy}", before, StringComparison.Ordinal);

            // Due today is not overdue yet; due yesterday is.
            await MoveDueDateAsync(reportId, Today);
            Assert.DoesNotContain("Überfällig", await editor.GetHtmlAsync(overview), StringComparison.Ordinal);
            await MoveDueDateAsync(reportId, Today.AddDays(-1));
            var overdue = await editor.GetHtmlAsync(overview);
            Assert.Contains("Überfällige Berichte: 1", overdue, StringComparison.Ordinal);
            Assert.Contains($"Überfällig – war fällig am {Today.AddDays(-1):dd.MM.yyyy}", overdue, StringComparison.Ordinal);
            Assert.Contains("Überfällig – war fällig am", await applicant.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);
            Assert.Contains("Überfällig – war fällig am", await applicant.GetHtmlAsync("/funding/pilots"), StringComparison.Ordinal);

            using (var submitted = await PostReportAsync(applicant, ReportUrl(pilotId, reportId), "Submit", CompleteReport()))
            {
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            }

            var after = await editor.GetHtmlAsync(overview);
            Assert.Contains("Kein Bericht ist überfällig.", after, StringComparison.Ordinal);
            Assert.DoesNotContain("Überfällig –", after, StringComparison.Ordinal);
            Assert.Contains("Abschlussbericht", after, StringComparison.Ordinal);
            Assert.DoesNotContain("Überfällig", await applicant.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);
        }
    }

    private Task<DateTime?> SavedAtAsync(int reportId) =>
        app.QueryAsync(db => db.Set<PilotReport>().Where(r => r.Id == reportId).Select(r => r.SavedAt).SingleAsync());

    private Task<int> MoveDueDateAsync(int reportId, DateOnly due) =>
        app.QueryAsync(db => db.Set<PilotReport>().Where(r => r.Id == reportId).ExecuteUpdateAsync(u => u.SetProperty(r => r.DueOn, due)));
}

public sealed class FundingReportTestsOnSqlite(FundingSqliteApp app) : FundingReportTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingReportTestsOnPostgres(FundingPostgresApp app) : FundingReportTests(app), IClassFixture<FundingPostgresApp>;
