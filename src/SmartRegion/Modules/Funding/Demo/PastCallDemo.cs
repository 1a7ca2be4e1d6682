using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Demo;

/// <summary>
/// The demo's past round: the call "Strategische Piloten 2026 (Demo)", closed months ago, with three applications
/// from Schönberger Strand, Preetz and Kiel-Mettenhof, each reviewed by two jury members and decided. The two
/// approved ones are running pilots that report: one has submitted its interim report, the other's is overdue;
/// both state what they achieved for the strategy's fields.
/// </summary>
internal static class PastCallDemo
{
    public const string Title = "Strategische Piloten 2026 (Demo)";
    public const string ReportingPilot = "Pegel- und Wetterstation Schönberger Strand (Demo)";
    public const string OverduePilot = "Digitale Mitfahrbänke rund um Preetz (Demo)";
    public const string RejectedTitle = "Füllstandsmelder für Altglas-Container in Mettenhof (Demo)";

    /// <summary>The areas the round's applications come from, besides the region itself.</summary>
    public static readonly IReadOnlyList<string> AreaSlugs = ["schoenberg-holstein", "preetz", "kiel-mettenhof"];

    // Days before the seeding. The interim report falls due six months after the decision, about two months before
    // the seeding: one team submitted it a few days early, the other has not. The milestones reach 18 months past
    // the application, about 16 months after the decision, so the pilots keep running for months after the seeding.
    public const int OpenedDaysAgo = 335;
    public const int ClosedDaysAgo = 275;
    private const int ReviewedDaysAgo = 255;
    private const int DecidedDaysAgo = 240;
    private const int ReportedDaysAgo = 62;
    private const int ProjectMonths = 18;

    public static async Task SeedAsync(SmartRegionDb db, int regionId, IReadOnlyDictionary<string, int> areas, Guid office, DateTime now, CancellationToken cancellationToken)
    {
        var joined = now.AddDays(-OpenedDaysAgo);
        var association = DemoAccounts.Create("strandverein.demo@smartregion.invalid", "Förderverein Schönberger Strand (Demo)", joined);
        var initiative = DemoAccounts.Create("mitfahren.demo@smartregion.invalid", "Initiative Mitfahren Preetz (Demo)", joined);
        var person = DemoAccounts.Create("hauke.demo@smartregion.invalid", "Hauke Beispiel (Demo)", joined);
        var birte = DemoAccounts.Create("birte.demo@smartregion.invalid", "Birte Gutachterin (Demo)", joined);
        var ole = DemoAccounts.Create("ole.demo@smartregion.invalid", "Ole Gutachter (Demo)", joined);
        db.Users.AddRange(association, initiative, person, birte, ole);

        // The jury holds the Reviewer role for the region, as reviewers of a call of the region must.
        db.RoleGrants.AddRange(new[] { birte, ole }.Select(reviewer => new RoleGrant
        {
            Id = Guid.CreateVersion7(),
            UserId = reviewer.Id,
            Role = Roles.Reviewer,
            AreaId = regionId,
            GrantedAt = now.AddDays(-ClosedDaysAgo),
            GrantedBy = office,
        }));

        var call = FundingDemoContent.PastCall(regionId, now);
        db.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        var steps = new DemoSteps(db, call, office, now);
        var station = steps.Submit(association.Id, ReportingPilot, "Förderverein Schönberger Strand e. V. (Demo)", ApplicantType.Association, areas["schoenberg-holstein"], 28_000m, daysAgo: 300, ProjectMonths);
        var benches = steps.Submit(initiative.Id, OverduePilot, "Initiative Mitfahren Preetz (Demo)", ApplicantType.Initiative, areas["preetz"], 14_000m, daysAgo: 296, ProjectMonths);
        var containers = steps.Submit(person.Id, RejectedTitle, "Hauke Beispiel", ApplicantType.Person, areas["kiel-mettenhof"], 30_000m, daysAgo: 290, ProjectMonths);

        steps.Review(station, birte.Id, [5, 4, 4], ReviewRecommendation.Yes, "Offene Messwerte, die am Strand sofort nützen.", ReviewedDaysAgo + 4);
        steps.Review(station, ole.Id, [4, 5, 4], ReviewRecommendation.Yes, "Der Verein bindet die Strandkorbvermietung und die Badeaufsicht ein.", ReviewedDaysAgo);
        steps.Review(benches, birte.Id, [4, 4, 3], ReviewRecommendation.Yes, "Klein, aber für die Dörfer um Preetz wichtig.", ReviewedDaysAgo + 4);
        steps.Review(benches, ole.Id, [3, 4, 4], ReviewRecommendation.Maybe, "Die Wartung der Anzeigen nach dem Projektende ist noch offen.", ReviewedDaysAgo);
        steps.Review(containers, birte.Id, [2, 2, 3], ReviewRecommendation.No, "Nutzen und Kosten stehen in keinem guten Verhältnis.", ReviewedDaysAgo + 4);
        steps.Review(containers, ole.Id, [2, 3, 2], ReviewRecommendation.No, "Der Kostenplan sieht keine Wartung vor.", ReviewedDaysAgo);

        var reporting = steps.Decide(station, DecisionOutcome.Approved, 26_000m, "Die Messwerte werden unter einer offenen Lizenz veröffentlicht.", DecidedDaysAgo)!;
        var late = steps.Decide(benches, DecisionOutcome.Approved, 14_000m, "Die Standorte der Bänke werden mit der Stadt Preetz abgestimmt.", DecidedDaysAgo)!;
        steps.Decide(containers, DecisionOutcome.Rejected, null,
            "Die Jury hielt den Nutzen für die Nachbarschaft im Verhältnis zu den Kosten für zu gering; der Kostenplan sieht keine Wartung nach dem Projektende vor.",
            DecidedDaysAgo);

        reporting.Summary = "Eine Messstation an der Seebrücke zeigt Badegästen, Strandkorbvermietung und Badeaufsicht Wasserstand, Wind und "
            + "Wassertemperatur am Schönberger Strand und stellt die Werte als offene Daten bereit. (Demo)";
        late.Summary = "Mitfahrbänke in den Dörfern um Preetz: Wer mitgenommen werden möchte, wählt an der Bank sein Ziel, eine Anzeige zeigt "
            + "es den Autofahrenden und nennt die nächste Busabfahrt. (Demo)";
        steps.SubmitReport(
            reporting,
            ReportKind.Interim,
            association.Id,
            "Die Station steht an der Seebrücke und misst seit einigen Wochen. Die Auftaktveranstaltung mit Badeaufsicht und Strandkorbvermietung "
                + "hat die Anzeigetafel geprägt: groß, ohne App, mit Warnhinweis bei Hochwasser. Die Genehmigung des Standorts kam später als "
                + "geplant; die Tafel am Strandzugang folgt im nächsten Quartal. (Demo)",
            [(MilestoneStatus.Done, null), (MilestoneStatus.Delayed, "Die Genehmigung des Standorts kam drei Monate später als geplant."), (MilestoneStatus.Open, null)],
            [0.45m, 0.8m, 0.3m],
            ReportedDaysAgo);
        await db.SaveChangesAsync(cancellationToken);

        var stated = now.AddDays(-ReportedDaysAgo);
        db.AddRange(
            new PilotResult
            {
                PilotId = reporting.Id,
                FieldKey = "kuesten-meeresschutz",
                Text = "Wasserstand und Wind am Schönberger Strand sind als offene Daten abrufbar; bei Hochwasser warnt die Anzeige früh.",
                UpdatedAt = stated,
            },
            new PilotResult
            {
                PilotId = reporting.Id,
                FieldKey = "umwelt",
                Text = "Die Messreihe der Wassertemperatur steht Schulen und Vereinen der Probstei für eigene Auswertungen offen.",
                UpdatedAt = stated,
            },
            new PilotResult
            {
                PilotId = late.Id,
                FieldKey = "mobilitaet",
                Text = "Drei von fünf geplanten Mitfahrbänken rund um Preetz stehen und zeigen die nächste Busabfahrt an.",
                UpdatedAt = stated.AddDays(-20),
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
