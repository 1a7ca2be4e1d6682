using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Funding.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using SmartRegion.Tests.Sensing;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.PilotSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingPilotOutcomeTests(SmartRegionApp app)
{
    private const string Counter = """
        {
          "name": "Fahrgastzähler Bürgerbus",
          "description": "Zählt die Fahrgäste des Bürgerbusses",
          "Datastreams": [{
            "name": "Fahrgäste Bürgerbus Gaarden",
            "description": "Fahrgäste pro Fahrt",
            "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_CountObservation",
            "unitOfMeasurement": { "name": "Personen", "symbol": "P", "definition": "https://example.org/personen" },
            "Sensor": { "name": "Lichtschranke", "description": "Zählt Einstiege", "encodingType": "text/plain", "metadata": "Lichtschranke an der Tür" },
            "ObservedProperty": { "name": "Fahrgäste", "definition": "https://example.org/fahrgaeste", "description": "Zahl der Fahrgäste" }
          }]
        }
        """;

    [Fact]
    public async Task Kpis_LinkOnlyDatastreamsThatExist_AndThePilotPageLinksTheirObservations()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        using (var sensing = await SensingClient.CreateAsync(app))
        using (var visitor = app.NewSession())
        {
            var thing = await sensing.PostAsync("/v1.1/Things", Counter);
            var stream = (await sensing.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
            var (_, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var kpis = $"/funding/pilots/{pilotId}/kpis";

            Assert.Contains("Fahrgäste Bürgerbus Gaarden", await applicant.GetHtmlAsync(kpis + "?q=bürgerbus"), StringComparison.Ordinal);
            using (var unknown = await applicant.PostFormAsync(kpis, [new("DatastreamId", "987654321"), new("Label", "")], kpis + "?handler=Add"))
            {
                var html = await unknown.Content.ReadAsStringAsync();
                Assert.Contains("id=\"DatastreamId-error\">Es gibt keinen Datenstrom mit der Nummer „987654321“.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"Label-error\">Bitte füllen Sie das Feld „Bezeichnung der Kennzahl“ aus.", html, StringComparison.Ordinal);
            }

            using (var linked = await applicant.PostFormAsync(kpis, [new("DatastreamId", $"{stream}"), new("Label", "Fahrgäste pro Woche")], kpis + "?handler=Add"))
            {
                Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
            }

            using (var twice = await applicant.PostFormAsync(kpis, [new("DatastreamId", $"{stream}"), new("Label", "Noch einmal")], kpis + "?handler=Add"))
            {
                Assert.Contains("id=\"DatastreamId-error\">Dieser Datenstrom ist bereits als Kennzahl verknüpft.", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var page = await visitor.GetHtmlAsync($"/funding/pilots/{pilotId}");
            Assert.Contains("Fahrgäste pro Woche", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/v1.1/Datastreams({stream})\"", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/v1.1/Datastreams({stream})/Observations\"", page, StringComparison.Ordinal);

            using var api = await visitor.Client.GetAsync(new Uri($"/api/funding/pilots/{pilotId}", UriKind.Relative));
            using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
            var kpi = Assert.Single(json.RootElement.GetProperty("kpis").EnumerateArray());
            Assert.Equal(stream, kpi.GetProperty("datastreamId").GetInt64());
            Assert.Equal($"https://localhost/v1.1/Datastreams({stream})/Observations", kpi.GetProperty("observationsUrl").GetString());

            // The portal reads the same through the Funding module's query service.
            await using var scope = app.Services.CreateAsyncScope();
            var listed = (await scope.ServiceProvider.GetRequiredService<PilotDirectory>().ListAsync(CancellationToken.None)).Single(p => p.Id == pilotId);
            Assert.Equal([stream], listed.KpiDatastreamIds);
            Assert.Equal(["mobilitaet"], listed.FieldKeys);
            Assert.Equal("Running", listed.Status);
            Assert.Equal($"/funding/pilots/{pilotId}", listed.Url);
        }
    }

    [Fact]
    public async Task Results_ByFieldOfTheStrategy_AppearOnThePilotTheListAndTheFundingPage()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        using (editor)
        using (applicant)
        using (var visitor = app.NewSession())
        {
            var title = $"Ergebnispilot {Guid.NewGuid():N}"[..24];
            var (_, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant, title);
            var results = $"/funding/pilots/{pilotId}/results";
            var achieved = "Abends fahren 120 Menschen mehr mit dem öffentlichen Verkehr.";

            using (var tooLong = await applicant.PostFormAsync(results, [new("Results[mobilitaet]", new string('x', 2001)), new("Results[energie]", "")], results))
            {
                var html = await tooLong.Content.ReadAsStringAsync();
                Assert.Contains("id=\"Results_mobilitaet_-error\">„Ergebnis für Mobilität“ darf höchstens 2000 Zeichen lang sein.", html, StringComparison.Ordinal);
            }

            using (var saved = await applicant.PostFormAsync(results, [new("Results[mobilitaet]", achieved), new("Results[energie]", " ")], results))
            {
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            }

            var stored = Assert.Single(await app.QueryAsync(db => db.Set<PilotResult>().AsNoTracking().Where(r => r.PilotId == pilotId).ToListAsync()));
            Assert.Equal(("mobilitaet", achieved), (stored.FieldKey, stored.Text));
            Assert.Contains(achieved, await visitor.GetHtmlAsync($"/funding/pilots/{pilotId}"), StringComparison.Ordinal);
            var list = await visitor.GetHtmlAsync("/funding/pilots?field=mobilitaet");
            Assert.Contains("Was die Piloten erreicht haben", list, StringComparison.Ordinal);
            Assert.Contains(achieved, list, StringComparison.Ordinal);
            Assert.DoesNotContain(achieved, await visitor.GetHtmlAsync("/funding/pilots?field=energie"), StringComparison.Ordinal);
            var pillar = await visitor.GetHtmlAsync("/funding");
            Assert.Contains("Was die Piloten erreicht haben", pillar, StringComparison.Ordinal);
            Assert.Contains(achieved, pillar, StringComparison.Ordinal);

            using var api = await visitor.Client.GetAsync(new Uri($"/api/funding/pilots/{pilotId}", UriKind.Relative));
            using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
            var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
            Assert.Equal(("mobilitaet", achieved), (result.GetProperty("fieldKey").GetString(), result.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public async Task PersonalData_ExportHasTeamsAndReports_DeletionLeavesTheTeamAndKeepsTheReportWithoutTheAuthor()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        var (member, memberPerson) = await SignedInAsync(app, "member");
        using (editor)
        using (applicant)
        using (member)
        {
            var (_, _, pilotId) = await ApprovedPilotAsync(app, editor, applicant);
            var team = $"/funding/pilots/{pilotId}/team";
            using (var added = await applicant.PostFormAsync(team, [new("Email", memberPerson.Email!)], team + "?handler=Add"))
            {
                Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            }

            var reportId = await ReportIdAsync(app, pilotId, ReportKind.Interim);
            using (var submitted = await PostReportAsync(member, ReportUrl(pilotId, reportId), "Submit", CompleteReport()))
            {
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            }

            using (var download = await member.GetAsync("/account/data?handler=Download"))
            {
                using var document = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
                var funding = document.RootElement.GetProperty("sections").GetProperty("funding");
                var membership = Assert.Single(funding.GetProperty("pilotTeams").EnumerateArray());
                Assert.Equal((pilotId, false), (membership.GetProperty("pilotId").GetInt32(), membership.GetProperty("isLead").GetBoolean()));
                var report = Assert.Single(funding.GetProperty("pilotReports").EnumerateArray());
                Assert.Equal("Der Bus fährt seit März jeden Abend.", report.GetProperty("narrative").GetString());
            }

            using (var deleted = await member.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true")))
            {
                Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            }

            Assert.False(await app.QueryAsync(db => db.Set<PilotMember>().AnyAsync(m => m.AccountId == memberPerson.Id)));
            var kept = await app.QueryAsync(db => db.Set<PilotReport>().AsNoTracking().SingleAsync(r => r.Id == reportId));
            Assert.Equal((null, null), (kept.AuthorId, kept.SubmittedBy));
            Assert.NotNull(kept.SubmittedAt);
            var page = await editor.GetHtmlAsync($"/funding/pilots/{pilotId}");
            Assert.Contains("Der Bus fährt seit März jeden Abend.", page, StringComparison.Ordinal);
            Assert.DoesNotContain(memberPerson.DisplayName, page, StringComparison.Ordinal);
        }
    }
}

public sealed class FundingPilotOutcomeTestsOnSqlite(FundingSqliteApp app) : FundingPilotOutcomeTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingPilotOutcomeTestsOnPostgres(FundingPostgresApp app) : FundingPilotOutcomeTests(app), IClassFixture<FundingPostgresApp>;
