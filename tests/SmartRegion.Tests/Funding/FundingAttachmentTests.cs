using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingAttachmentTests(SmartRegionApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task Attachment_Pdf_IsServedOnlyToApplicantAndStaffOfTheArea_AsSandboxedDownload()
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
            using (var uploaded = await UploadAsync(applicant, id, "../Projektskizze<1>.pdf", Pdf))
            {
                Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            }

            var answers = await app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == id).Select(a => a.Answers).SingleAsync());
            var url = $"/funding/attachments/{answers["f4"].Value}";
            using (var download = await applicant.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
                Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
                Assert.Equal("Projektskizze1.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
                Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
                Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
                Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
            }

            // Staff see the file once the application is submitted, not the draft's.
            using (var draft = await kielEditor.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
            }

            await SubmitAsync(applicant, id);
            using (var staff = await kielEditor.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
            }

            foreach (var outsider in new[] { stranger, ploenEditor })
            {
                using var refused = await outsider.GetAsync(url);
                Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            }

            using (var anonymous = app.NewSession())
            using (var refused = await anonymous.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.Contains("/account/login", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
            }

            // Frozen after the submission: no new file.
            using var late = await UploadAsync(applicant, id, "neu.pdf", Pdf);
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
    }

    [Fact]
    public async Task Attachment_WrongTypeOrTooLarge_IsRefusedWithMessage_AndOfficeDocumentsAreTaken()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var id = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost")));

            var program = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 };
            var refusals = new (string Name, byte[] Bytes, string Message)[]
            {
                ("antrag.pdf", program, "Diese Dateiart wird nicht angenommen."),
                ("antrag.exe", Pdf, "Diese Dateiart wird nicht angenommen."),
                ("antrag.html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "Diese Dateiart wird nicht angenommen."),
                ("kosten.docx", Zip(("word/document.xml", "<w/>")), "Diese Dateiart wird nicht angenommen."),
                ("gross.pdf", [.. Pdf, .. new byte[1024 * 1024]], "Die Datei ist zu groß; erlaubt sind höchstens 1 MB."),
            };
            foreach (var (name, bytes, message) in refusals)
            {
                using var response = await UploadAsync(applicant, id, name, bytes);
                Assert.True(HttpStatusCode.BadRequest == response.StatusCode, name);
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.StartsWith(message, problem.RootElement.GetProperty("errors").GetProperty("answers.f4")[0].GetString(), StringComparison.Ordinal);
            }

            Assert.Equal(0, await app.QueryAsync(db => db.Set<Modules.Funding.Common.Attachments.FundingAttachment>().CountAsync(a => a.ApplicationId == id)));

            var taken = new (string Name, byte[] Bytes, string ContentType)[]
            {
                ("kosten.docx", Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>")), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                ("kosten.ods", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<c/>")), "application/vnd.oasis.opendocument.spreadsheet"),
                ("plan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png"),
                ("foto.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "image/jpeg"),
            };
            foreach (var (name, bytes, contentType) in taken)
            {
                using var response = await UploadAsync(applicant, id, name, bytes);
                Assert.True(HttpStatusCode.OK == response.StatusCode, name + ": " + await response.Content.ReadAsStringAsync());
                var stored = await app.QueryAsync(db => db.Set<Modules.Funding.Common.Attachments.FundingAttachment>().AsNoTracking().SingleAsync(a => a.ApplicationId == id));
                Assert.Equal(contentType, stored.ContentType);
            }
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, int applicationId, string fileName, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await session.Client.PostAsync(new Uri($"/api/funding/applications/{applicationId}/attachments/f4", UriKind.Relative), content);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}

public sealed class FundingAttachmentTestsOnSqlite(FundingSqliteApp app) : FundingAttachmentTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingAttachmentTestsOnPostgres(FundingPostgresApp app) : FundingAttachmentTests(app), IClassFixture<FundingPostgresApp>;
