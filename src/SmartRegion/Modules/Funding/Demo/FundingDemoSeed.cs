using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Demo;

/// <summary>
/// Demo content (<c>Demo__Seed</c>): an open call "Strategische Piloten" of the whole region with one application
/// in every state, from draft to approved and rejected, each with the reference number, frozen copy, audit trail
/// and decision the real steps would have left; and a past round (<see cref="PastCallDemo"/>) whose pilots report.
/// Invented applicants, everything marked "(Demo)". Each call is seeded once: an existing call with its title skips it.
/// </summary>
internal sealed class FundingDemoSeed(RegionDirectory directory, TimeProvider clock) : IStartupSeed
{
    public const string OpenCallTitle = "Strategische Piloten 2027 (Demo)";

    private const string OfficeEmail = "geschaeftsstelle.demo@smartregion.invalid";

    private static readonly string[] OpenCallAreaSlugs = ["kiel-gaarden-ost", "laboe", "stadt-ploen", "eckernfoerde"];

    public bool IsDemoContent => true;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var region = await directory.AreaIdAsync("kielregion", cancellationToken);
        var areas = await AreasAsync([.. OpenCallAreaSlugs, .. PastCallDemo.AreaSlugs], cancellationToken);
        var seeded = await db.Set<FundingCall>().Where(c => c.TitleDe == OpenCallTitle || c.TitleDe == PastCallDemo.Title).Select(c => c.TitleDe).ToListAsync(cancellationToken);
        if (region is null || areas is null || (seeded.Contains(OpenCallTitle) && seeded.Contains(PastCallDemo.Title)))
        {
            return;
        }

        // All or nothing: a start that fails halfway leaves no call without its applications, and the next start seeds it whole.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var office = await OfficeAsync(db, now, cancellationToken);
        if (!seeded.Contains(OpenCallTitle))
        {
            await SeedOpenCallAsync(db, region.Value, areas, office, now, cancellationToken);
        }

        if (!seeded.Contains(PastCallDemo.Title))
        {
            await PastCallDemo.SeedAsync(db, region.Value, areas, office, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task SeedOpenCallAsync(SmartRegionDb db, int regionId, Dictionary<string, int> areas, Guid office, DateTime now, CancellationToken cancellationToken)
    {
        var association = DemoAccounts.Create("nachbarschaft.demo@smartregion.invalid", "Nachbarschaftstreff Gaarden (Demo)", now);
        var initiative = DemoAccounts.Create("strandgut.demo@smartregion.invalid", "Initiative Strandgut Probstei (Demo)", now);
        var person = DemoAccounts.Create("lena.demo@smartregion.invalid", "Lena Muster (Demo)", now);
        db.Users.AddRange(association, initiative, person);

        var call = FundingDemoContent.OpenCall(regionId, now);
        db.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        var (gaarden, laboe, ploen, eckernfoerde) = (areas["kiel-gaarden-ost"], areas["laboe"], areas["stadt-ploen"], areas["eckernfoerde"]);
        var steps = new DemoSteps(db, call, office, now);
        steps.Draft(person.Id, "Sensorbojen für die Schwentinemündung (Demo)", "Lena Muster", ApplicantType.Person, gaarden, 12_000m, daysAgo: 2);
        steps.Submit(association.Id, "Digitale Sprechstunde im Stadtteil (Demo)", "Nachbarschaftstreff Gaarden e. V. (Demo)", ApplicantType.Association, gaarden, 18_000m, daysAgo: 9);
        var asked = steps.Submit(initiative.Id, "Lastenrad-Verleih mit Buchungsseite (Demo)", "Initiative Strandgut Probstei (Demo)", ApplicantType.Initiative, laboe, 9_500m, daysAgo: 8);
        steps.Ask(asked, "Wo stehen die Lastenräder über Nacht, und wer wartet sie?", daysAgo: 3);
        var ineligible = steps.Submit(person.Id, "Rabatt-App für den Einzelhandel (Demo)", "Lena Muster", ApplicantType.Person, eckernfoerde, 35_000m, daysAgo: 7);
        steps.Move(ineligible, ApplicationState.Ineligible, "ineligible", "Der Aufruf fördert keine Werbung für einzelne Unternehmen.", daysAgo: 4);
        var withdrawn = steps.Submit(association.Id, "Seepegel-Anzeige am Großen Plöner See (Demo)", "Nachbarschaftstreff Gaarden e. V. (Demo)", ApplicantType.Association, ploen, 15_000m, daysAgo: 7);
        steps.Move(withdrawn, ApplicationState.Withdrawn, "withdrawn", null, daysAgo: 5);
        var approved = steps.Submit(initiative.Id, "Offene Strandmüll-Daten Probstei (Demo)", "Initiative Strandgut Probstei (Demo)", ApplicantType.Initiative, laboe, 24_000m, daysAgo: 6);
        steps.Decide(approved, DecisionOutcome.Approved, 22_000m, "Die Daten werden unter einer offenen Lizenz auf der Datenplattform veröffentlicht.", daysAgo: 1);
        var rejected = steps.Submit(person.Id, "Smarte Parkbank am Hafen (Demo)", "Lena Muster", ApplicantType.Person, eckernfoerde, 8_000m, daysAgo: 6);
        steps.Decide(rejected, DecisionOutcome.Rejected, null, "Ein vergleichbares Vorhaben wird bereits aus Mitteln der Stadt gefördert.", daysAgo: 1);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The ids of the areas with these slugs, or null when the configured region lacks one of them.</summary>
    private async Task<Dictionary<string, int>?> AreasAsync(IEnumerable<string> slugs, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            if (await directory.AreaIdAsync(slug, cancellationToken) is not { } id)
            {
                return null;
            }

            ids[slug] = id;
        }

        return ids;
    }

    /// <summary>The funding office that decides both calls; a database seeded before the past round already has it.</summary>
    private static async Task<Guid> OfficeAsync(SmartRegionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var normalized = OfficeEmail.ToUpperInvariant();
        if (await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken) is { } id)
        {
            return id;
        }

        var office = DemoAccounts.Create(OfficeEmail, "Geschäftsstelle Förderfonds (Demo)", now);
        db.Users.Add(office);
        return office.Id;
    }
}
