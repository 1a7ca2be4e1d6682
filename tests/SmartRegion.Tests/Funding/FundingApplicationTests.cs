using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingApplicationTests(SmartRegionApp app)
{
    [Fact]
    public async Task Application_FilledAndSubmittedThroughPages_ShowsErrorsThenGetsReferenceMailAndFrozenCopy()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, person) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            using var started = await applicant.PostFormAsync($"/funding/calls/{callId}", [], $"/funding/calls/{callId}?handler=Apply");
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            var editUrl = started.Headers.Location!.ToString();
            var id = int.Parse(editUrl.Split('/')[3], CultureInfo.InvariantCulture);
            var gaarden = (await app.AreaIdAsync("kiel-gaarden-ost")).ToString(CultureInfo.InvariantCulture);
            var due = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            List<KeyValuePair<string, string>> Form(string grant, string description) =>
            [
                new("Input.Title", "Bürgerbus Gaarden"),
                new("Input.ApplicantName", "Nachbarschaftsverein Gaarden e. V."),
                new("Input.ApplicantType", "Association"),
                new("Input.AreaId", gaarden),
                new("Input.GrantRequested", grant),
                new("Answer.f1", description),
                new("Answer.f2.0.Title", "Erste Fahrt"), new("Answer.f2.0.Due", due),
                new("Answer.f2.1.Title", ""), new("Answer.f2.1.Due", ""),
                new("Answer.f3.0.Category", "Personal"), new("Answer.f3.0.Amount", "20.000"),
                new("Answer.f3.1.Category", "Sachkosten"), new("Answer.f3.1.Amount", "10.000,00"),
                new("Answer.f5", "12 Monate"),
            ];

            // A draft may be incomplete; submitting it is refused with a message next to each field.
            using (var saved = await applicant.PostFormAsync(editUrl, Form("60.000", ""), editUrl + "?handler=Save"))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            using (var refused = await applicant.PostFormAsync(editUrl, Form("60.000", ""), editUrl + "?handler=Submit"))
            {
                var html = await refused.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                Assert.Contains("id=\"Input_GrantRequested-error\">Die beantragte Fördersumme muss zwischen 5.000 € und 50.000 € liegen.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Answer_f1-error\">Bitte füllen Sie das Feld „Projektbeschreibung“ aus.", html, StringComparison.Ordinal);
                Assert.Contains("href=\"#Answer_f1\"", html, StringComparison.Ordinal);
            }

            using (var ownShare = await applicant.PostFormAsync(editUrl, Form("28.000", "Ein Kleinbus fährt abends."), editUrl + "?handler=Submit"))
            {
                var html = await ownShare.Content.ReadAsStringAsync();
                Assert.Contains("Der Eigenanteil muss mindestens 20 % der Gesamtkosten betragen: bei Gesamtkosten von 30.000 € also mindestens 6.000 €. Mit dieser Fördersumme wären es 2.000 €.", html, StringComparison.Ordinal);
            }

            Assert.Equal(ApplicationState.Draft, await StateAsync(id));
            using (var submitted = await applicant.PostFormAsync(editUrl, Form("20.000", "Ein Kleinbus fährt abends."), editUrl + "?handler=Submit"))
            {
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
                Assert.EndsWith("?done=submitted", submitted.Headers.Location!.ToString(), StringComparison.Ordinal);
            }

            var year = DateTime.UtcNow.AddDays(-1).Year.ToString(CultureInfo.InvariantCulture);
            var reference = $"SP-{year}-0001";
            Assert.Contains($"Ihr Aktenzeichen lautet {reference}", await applicant.GetHtmlAsync($"/funding/applications/{id}?done=submitted"), StringComparison.Ordinal);
            var mail = Assert.Single(await Mailbox.ToAsync(app.MailFolder, person.Email!));
            Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"Ihr Aktenzeichen: {reference}", mail.TextBody, StringComparison.Ordinal);

            var version = await app.QueryAsync(db => db.Set<ApplicationVersion>().AsNoTracking().SingleAsync(v => v.ApplicationId == id));
            using (var snapshot = JsonDocument.Parse(version.Snapshot))
            {
                Assert.Equal("Bürgerbus Gaarden", snapshot.RootElement.GetProperty("title").GetString());
                Assert.Equal(reference, snapshot.RootElement.GetProperty("referenceNumber").GetString());
                Assert.Equal(20000m, snapshot.RootElement.GetProperty("grantRequested").GetDecimal());
                Assert.Equal(2, snapshot.RootElement.GetProperty("answers").GetProperty("f3").GetProperty("budget").GetArrayLength());
            }

            // Frozen: the form sends back to the application, the API refuses changes.
            using (var edit = await applicant.GetAsync(editUrl))
            {
                Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
            }

            using var put = await applicant.Client.PutAsJsonAsync($"/api/funding/applications/{id}", new { title = "Geändert" });
            Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
            Assert.Contains("nicht mehr geändert", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("Bürgerbus Gaarden", await app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
        }
    }

    [Fact]
    public async Task Submission_AgainstCallRules_IsRefusedWithMessagesByField()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var ploen = await app.AreaIdAsync("ploen");
            var body = JsonSerializer.SerializeToNode(CompleteApplication(ploen))!.AsObject();
            body["applicantType"] = "Company";
            body["answers"]!["f2"] = JsonSerializer.SerializeToNode(new { milestones = new[] { new { title = "Viel zu spät", due = "2040-01-01" } } });
            body["answers"]!["f5"] = JsonSerializer.SerializeToNode(new { value = "36 Monate" });

            using var refused = await applicant.Client.PostAsJsonAsync("/api/funding/applications", new { callId, application = body });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
            {
                var errors = problem.RootElement.GetProperty("errors");
                Assert.Contains("nicht offen", errors.GetProperty("applicantType")[0].GetString(), StringComparison.Ordinal);
                Assert.Contains("nicht fördern", errors.GetProperty("areaId")[0].GetString(), StringComparison.Ordinal);
                Assert.Contains("angebotenen Möglichkeiten", errors.GetProperty("answers.f5")[0].GetString(), StringComparison.Ordinal);
            }

            body["applicantType"] = "Association";
            body["areaId"] = await app.AreaIdAsync("kiel-gaarden-ost");
            body["answers"]!["f5"] = JsonSerializer.SerializeToNode(new { value = "24 Monate" });
            var id = await DraftAsync(applicant, callId, body);
            using var submit = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{id}/submit", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
            using (var problem = JsonDocument.Parse(await submit.Content.ReadAsStringAsync()))
            {
                Assert.Contains("Meilenstein 1: Das Datum muss zwischen", problem.RootElement.GetProperty("errors").GetProperty("answers.f2")[0].GetString(), StringComparison.Ordinal);
            }

            Assert.Equal(ApplicationState.Draft, await StateAsync(id));
        }
    }

    [Fact]
    public async Task Deadline_Passed_RefusesNewDraftsChangesAndSubmissions()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
            var id = await DraftAsync(applicant, callId, CompleteApplication(gaarden));
            await CloseCallAsync(app, callId);

            using var submit = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{id}/submit", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
            Assert.Contains("Antragsfrist dieses Aufrufs ist am", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var put = await applicant.Client.PutAsJsonAsync($"/api/funding/applications/{id}", CompleteApplication(gaarden, "Später"));
            Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
            using var create = await applicant.Client.PostAsJsonAsync("/api/funding/applications", new { callId, application = CompleteApplication(gaarden) });
            Assert.Equal(HttpStatusCode.Conflict, create.StatusCode);
            Assert.Equal(ApplicationState.Draft, await StateAsync(id));
            Assert.Null(await app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == id).Select(a => a.ReferenceNumber).SingleAsync()));
        }
    }

    [Fact]
    public async Task ParallelSubmissions_ManyApplicants_GetDistinctGaplessReferenceNumbers()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            var callId = await CreateCallAsync(app, editor);
            var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
            var applicants = new List<(WebSession Session, int Id)>();
            for (var i = 0; i < 8; i++)
            {
                var (session, _) = await SignedInAsync(app, $"applicant{i}");
                applicants.Add((session, await DraftAsync(session, callId, CompleteApplication(gaarden, $"Projekt {i}"))));
            }

            var references = await Task.WhenAll(applicants.Select(a => SubmitAsync(a.Session, a.Id)));

            var year = DateTime.UtcNow.AddDays(-1).Year.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(Enumerable.Range(1, 8).Select(n => $"SP-{year}-{n:0000}"), references.Order(StringComparer.Ordinal));
            foreach (var (session, _) in applicants)
            {
                session.Dispose();
            }
        }
    }

    [Fact]
    public async Task ParallelSubmissions_SameApplication_FreezeItOnceWithOneNumber()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));

            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => applicant.Client.PostAsync(new Uri($"/api/funding/applications/{id}/submit", UriKind.Relative), null)));

            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            Assert.Equal(1, await app.QueryAsync(db => db.Set<ApplicationVersion>().CountAsync(v => v.ApplicationId == id)));
            Assert.Equal(1, await app.QueryAsync(db => db.Set<Modules.Funding.Calls.FundingCall>().Where(c => c.Id == callId).Select(c => c.LastReferenceNumber).SingleAsync()));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Application_OtherAccountsAndOtherAreas_SeeNothingAndStaffSeeOnlySubmitted()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        var (stranger, _) = await SignedInAsync(app, "stranger");
        using (kielEditor)
        using (ploenEditor)
        using (applicant)
        using (stranger)
        {
            var callId = await CreateCallAsync(app, kielEditor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));

            // A draft is the applicant's alone, even for the call's staff.
            await kielEditor.GetHtmlAsync($"/funding/applications/{id}", HttpStatusCode.NotFound);
            await SubmitAsync(applicant, id);

            foreach (var outsider in new[] { stranger, ploenEditor })
            {
                await outsider.GetHtmlAsync($"/funding/applications/{id}", HttpStatusCode.NotFound);
                await outsider.GetHtmlAsync($"/funding/applications/{id}/edit", HttpStatusCode.NotFound);
                using var get = await outsider.GetAsync($"/api/funding/applications/{id}");
                Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
                using var withdraw = await outsider.Client.PostAsync(new Uri($"/api/funding/applications/{id}/withdraw", UriKind.Relative), null);
                Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
                Assert.Equal("[]", await outsider.Client.GetStringAsync(new Uri("/api/funding/applications", UriKind.Relative)));
            }

            using (var ask = await ploenEditor.PostFormAsync($"/funding/calls/{callId}", [new("Question", "Wer?")], $"/funding/applications/{id}?handler=Ask"))
            {
                Assert.Equal(HttpStatusCode.NotFound, ask.StatusCode);
            }

            using (var anonymous = app.NewSession())
            using (var api = await anonymous.GetAsync($"/api/funding/applications/{id}"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
            }

            Assert.Contains("Bürgerbus Gaarden", await kielEditor.GetHtmlAsync($"/funding/applications/{id}"), StringComparison.Ordinal);
            Assert.Equal(ApplicationState.Submitted, await StateAsync(id));
        }
    }

    [Fact]
    public async Task Clarification_AskedAnsweredThenIneligible_IsTrailedAndKeepsTheApplicationFrozen()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));
            var reference = await SubmitAsync(applicant, id);
            var page = $"/funding/applications/{id}";

            using (var empty = await editor.PostFormAsync(page, [new("Question", " ")], page + "?handler=Ask"))
            {
                Assert.Contains("Bitte füllen Sie das Feld „Ihre Rückfrage an die Antragstellenden“ aus.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using (var asked = await editor.PostFormAsync(page, [new("Question", "Wer fährt den Bus?")], page + "?handler=Ask"))
            {
                Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            }

            Assert.Equal(ApplicationState.ClarificationRequested, await StateAsync(id));
            Assert.Contains("Wer fährt den Bus?", await applicant.GetHtmlAsync(page), StringComparison.Ordinal);
            using (var put = await applicant.Client.PutAsJsonAsync($"/api/funding/applications/{id}", new { title = "Neu" }))
            {
                Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
            }

            using (var answered = await applicant.Client.PostAsJsonAsync($"/api/funding/applications/{id}/answer", new { text = "Ehrenamtliche mit Busführerschein." }))
            {
                Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
                using var json = JsonDocument.Parse(await answered.Content.ReadAsStringAsync());
                Assert.Equal("Submitted", json.RootElement.GetProperty("state").GetString());
                Assert.Equal("Ehrenamtliche mit Busführerschein.", json.RootElement.GetProperty("clarifications")[0].GetProperty("answer").GetString());
                Assert.Equal("Bürgerbus Gaarden", json.RootElement.GetProperty("title").GetString());
            }

            using (var ineligible = await editor.PostFormAsync(page, [new("Reason", "Der Verein hat seinen Sitz außerhalb der Region.")], page + "?handler=Ineligible"))
            {
                Assert.Equal(HttpStatusCode.Redirect, ineligible.StatusCode);
            }

            Assert.Equal(ApplicationState.Ineligible, await StateAsync(id));
            using (var withdraw = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{id}/withdraw", UriKind.Relative), null))
            {
                Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
            }

            var staff = await editor.GetHtmlAsync($"/funding/calls/{callId}/staff");
            foreach (var expected in new[] { "Entwurf begonnen", "Eingereicht", "Rückfrage gestellt", "Rückfrage beantwortet", "Für nicht förderfähig erklärt", "Der Verein hat seinen Sitz außerhalb der Region.", reference, "Nicht förderfähig" })
            {
                Assert.Contains(expected, staff, StringComparison.Ordinal);
            }

            var trail = await app.QueryAsync(db => db.Set<Modules.Funding.Common.Audit.FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.Id).ToListAsync());
            Assert.Equal(
                ["drafted:>Draft", "submitted:Draft>Submitted", "clarification:Submitted>ClarificationRequested", "answered:ClarificationRequested>Submitted", "ineligible:Submitted>Ineligible"],
                trail.Select(e => $"{e.Action}:{e.FromState}>{e.ToState}"));
            Assert.All(trail, e => Assert.NotNull(e.ActorId));
        }
    }

    [Fact]
    public async Task Withdraw_SubmittedApplication_IsWithdrawnAndExportedWithSafeCells()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
            var id = await DraftAsync(applicant, callId, CompleteApplication(gaarden, "=HYPERLINK(\"http://böse.example\")"));
            var reference = await SubmitAsync(applicant, id);
            using (var withdrawn = await applicant.PostFormAsync($"/funding/applications/{id}", [], $"/funding/applications/{id}?handler=Withdraw"))
            {
                Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
            }

            Assert.Equal(ApplicationState.Withdrawn, await StateAsync(id));

            using var csv = await editor.GetAsync($"/funding/calls/{callId}/applications.csv");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("\"reference\",\"applicant\",\"title\",\"state\",\"grant_requested\",\"submitted_at\"", lines[0]);
            Assert.StartsWith($"\"{reference}\",\"Nachbarschaftsverein Gaarden e. V.\",\"'=HYPERLINK(\"\"http://böse.example\"\")\",\"Withdrawn\",\"20000.00\",", lines[1], StringComparison.Ordinal);

            var (resident, _) = await SignedInAsync(app, "resident");
            using (resident)
            using (var refused = await resident.GetAsync($"/funding/calls/{callId}/applications.csv"))
            {
                Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            }
        }
    }

    private Task<ApplicationState> StateAsync(int id) =>
        app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == id).Select(a => a.State).SingleAsync());
}

public sealed class FundingApplicationTestsOnSqlite(FundingSqliteApp app) : FundingApplicationTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingApplicationTestsOnPostgres(FundingPostgresApp app) : FundingApplicationTests(app), IClassFixture<FundingPostgresApp>;
