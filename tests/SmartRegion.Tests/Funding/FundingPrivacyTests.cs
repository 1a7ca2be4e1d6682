using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingPrivacyTests(SmartRegionApp app)
{
    [Fact]
    public async Task PersonalData_ExportAndDeletion_HandOutApplicationsThenKeepSubmittedWithoutAccountAndDropDrafts()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, person) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        {
            var callId = await CreateCallAsync(app, editor);
            var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
            var submitted = await DraftAsync(applicant, callId, CompleteApplication(gaarden, "Eingereichter Antrag"));
            var reference = await SubmitAsync(applicant, submitted);
            var draft = await DraftAsync(applicant, callId, CompleteApplication(gaarden, "Nur ein Entwurf"));

            using (var download = await applicant.GetAsync("/account/data?handler=Download"))
            {
                using var document = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
                var applications = document.RootElement.GetProperty("sections").GetProperty("funding").GetProperty("applications");
                Assert.Equal(["Eingereichter Antrag", "Nur ein Entwurf"], applications.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
                Assert.Equal(reference, applications[0].GetProperty("referenceNumber").GetString());
            }

            using (var deleted = await applicant.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true")))
            {
                Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            }

            var left = await app.QueryAsync(db => db.Set<FundingApplication>().AsNoTracking().Where(a => a.Id == submitted || a.Id == draft).ToListAsync());
            var kept = Assert.Single(left);
            Assert.Equal(submitted, kept.Id);
            Assert.Null(kept.ApplicantId);
            Assert.Equal(reference, kept.ReferenceNumber);
            Assert.False(await app.QueryAsync(db => db.Set<Modules.Funding.Common.Audit.FundingAuditEntry>().AnyAsync(e => e.ActorId == person.Id || e.ApplicationId == draft)));

            var staff = await editor.GetHtmlAsync($"/funding/calls/{callId}/staff");
            Assert.Contains("Eingereichter Antrag", staff, StringComparison.Ordinal);
            Assert.Contains("gelöschtes Konto", staff, StringComparison.Ordinal);
        }
    }
}

public sealed class FundingPrivacyTestsOnSqlite(FundingSqliteApp app) : FundingPrivacyTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingPrivacyTestsOnPostgres(FundingPostgresApp app) : FundingPrivacyTests(app), IClassFixture<FundingPostgresApp>;
