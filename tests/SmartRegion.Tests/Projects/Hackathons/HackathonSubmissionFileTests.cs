using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons.Files;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>
/// Files of a team's result: members add and remove them until the deadline, every file is checked, and only the
/// team, editors of the area and the result's judges read them until an award is published.
/// </summary>
public abstract class HackathonSubmissionFileTests(SmartRegionApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private readonly HackathonsTestKit kit = new(app);

    private readonly JurySteps steps = new(app);

    [Fact]
    public async Task Member_AddsAPdf_OnlyTeamEditorAndJudgeReadIt_AsSandboxedDownload_EveryoneOnceAwarded()
    {
        var (id, member, submissionId) = await HackathonWithResultAsync("Lotsen");
        using (var added = await UploadAsync(member, id, "../Präsentation<1>.pdf", Pdf))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var file = await app.QueryAsync(db => db.Set<SubmissionFile>().SingleAsync(f => f.SubmissionId == submissionId));
        Assert.Equal("Präsentation1.pdf", file.FileName);
        Assert.Contains("Präsentation1.pdf", await member.GetHtmlAsync($"/hackathons/{id}/submission"), StringComparison.Ordinal);
        var url = SubmissionFile.LinkTo(file.Id);
        using (var download = await member.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        var (outsider, _) = await kit.PersonAsync("fremd");
        var (ploenEditor, _) = await kit.EditorAsync("ploen");
        foreach (var stranger in new[] { outsider, ploenEditor, app.NewSession() })
        {
            using var refused = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var (kielEditor, _) = await kit.EditorAsync("kiel");
        using (var editorRead = await kielEditor.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, editorRead.StatusCode);
        }

        // A judge reads it once assigned and free of conflicts.
        await kit.CloseAsync(id);
        await JurySteps.AddCriterionAsync(kielEditor, id, "Nutzen", "1");
        var (judge, judgeId) = await kit.PersonAsync("jury", (Roles.Reviewer, "kiel"));
        var review = await steps.AssignedAsync(kielEditor, id, submissionId, judgeId);
        using (var undeclared = await judge.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, undeclared.StatusCode);
        }

        await JurySteps.DeclareAsync(judge, review, conflict: false);
        var reviewPage = HackathonJury.LinkTo(review);
        Assert.Contains("Präsentation1.pdf", await judge.GetHtmlAsync(reviewPage), StringComparison.Ordinal);
        using (var judgeRead = await judge.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, judgeRead.StatusCode);
        }

        // Once the result has a published award, the file is public like the result.
        using (var published = await kielEditor.Client.PostAsJsonAsync(new Uri($"/api/projects/hackathons/{id}/results", UriKind.Relative),
            new { awards = new[] { new { submissionId, award = "FirstPlace", juryStatement = "Klar und nützlich." } } }))
        {
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }

        using (var anonymous = await app.NewSession().GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        }

        Assert.Contains("Präsentation1.pdf", await app.NewSession().GetHtmlAsync($"/hackathons/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RefusesWrongTypesEmptyFilesASixthFile_AndEverythingAfterTheDeadline()
    {
        var (id, member, submissionId) = await HackathonWithResultAsync("Wellenreiter");
        foreach (var (name, bytes, message) in new[]
        {
            ("programm.pdf", "MZ\u0090\u0000"u8.ToArray(), "Diese Dateiart wird nicht angenommen."),
            ("leer.pdf", Array.Empty<byte>(), "Bitte wählen Sie eine Datei, die nicht leer ist."),
            ("seite.html", Encoding.ASCII.GetBytes("<script>alert(1)</script>"), "Diese Dateiart wird nicht angenommen."),
        })
        {
            using var refused = await UploadAsync(member, id, name, bytes);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        }

        // Five files are the most a result takes.
        for (var i = 1; i <= 5; i++)
        {
            using var added = await UploadAsync(member, id, $"teil-{i}.pdf", Pdf);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var sixth = await UploadAsync(member, id, "zu-viel.pdf", Pdf))
        {
            Assert.Contains("Zu einem Ergebnis gehören höchstens 5 Dateien.", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var first = await app.QueryAsync(db => db.Set<SubmissionFile>().Where(f => f.SubmissionId == submissionId && f.FileName == "teil-1.pdf").Select(f => f.Id).SingleAsync());
        var page = $"/hackathons/{id}/submission";
        using (var removed = await member.PostFormAsync(page, [], $"{page}?handler=RemoveFile&fileId={first}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        // Another team's member cannot remove the file of this team: the page acts on the person's own team only.
        var (other, _) = await kit.PersonAsync("anderes-team");
        await steps.ResultOfNewTeamAsync(id, other, "Andere");
        var second = await app.QueryAsync(db => db.Set<SubmissionFile>().Where(f => f.SubmissionId == submissionId && f.FileName == "teil-2.pdf").Select(f => f.Id).SingleAsync());
        using (var foreign = await other.PostFormAsync(page, [], $"{page}?handler=RemoveFile&fileId={second}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        await kit.CloseAsync(id);
        using (var late = await UploadAsync(member, id, "spaet.pdf", Pdf, page: $"/hackathons/{id}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }

        using (var lateRemoval = await member.PostFormAsync($"/hackathons/{id}", [], $"{page}?handler=RemoveFile&fileId={second}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, lateRemoval.StatusCode);
        }

        Assert.Equal(
            ["teil-2.pdf", "teil-3.pdf", "teil-4.pdf", "teil-5.pdf"],
            await app.QueryAsync(db => db.Set<SubmissionFile>().Where(f => f.SubmissionId == submissionId).OrderBy(f => f.FileName).Select(f => f.FileName).ToListAsync()));
    }

    private async Task<(int Id, WebSession Member, int SubmissionId)> HackathonWithResultAsync(string team)
    {
        var id = await kit.HackathonAsync("kiel");
        var (member, _) = await kit.PersonAsync("team");
        return (id, member, await steps.ResultOfNewTeamAsync(id, member, team));
    }

    /// <summary>Posts a file with the upload form of the submission page (its token read from <paramref name="page"/>).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, int id, string fileName, byte[] bytes, string? page = null)
    {
        var html = await session.GetHtmlAsync(page ?? $"/hackathons/{id}/submission");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebSession.AntiforgeryToken(html)), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "upload", fileName);
        return await session.Client.PostAsync(new Uri($"/hackathons/{id}/submission?handler=Upload", UriKind.Relative), form);
    }
}

public sealed class HackathonSubmissionFileTestsOnSqlite(SqliteApp app) : HackathonSubmissionFileTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonSubmissionFileTestsOnPostgres(PostgresApp app) : HackathonSubmissionFileTests(app), IClassFixture<PostgresApp>;
