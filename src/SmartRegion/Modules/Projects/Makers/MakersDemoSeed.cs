using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>
/// Demo content (<c>Demo__Seed</c>): two invented project makers, an association on the Probstei coast and a
/// mobility developer in Kiel, each with a small portfolio, and one support request waiting in Kiel's queue.
/// Everything is marked as demo; no real person is named. Runs once: it stops when the first profile exists.
/// </summary>
internal sealed class MakersDemoSeed(RegionDirectory directory, TimeProvider clock) : IStartupSeed
{
    public const string CoastSlug = "demo-kuestenlabor-probstei";
    public const string MobilitySlug = "demo-mara-beispiel";

    public bool IsDemoContent => true;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var laboe = await directory.AreaIdAsync("laboe", cancellationToken);
        var kiel = await directory.AreaIdAsync("kiel", cancellationToken);
        var gaarden = await directory.AreaIdAsync("kiel-gaarden-ost", cancellationToken);
        var holtenau = await directory.AreaIdAsync("kiel-holtenau", cancellationToken);
        if (laboe is null || kiel is null || gaarden is null || holtenau is null
            || await db.Set<MakerProfile>().AnyAsync(p => p.Slug == CoastSlug, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var coastAccount = DemoAccounts.Create("kuestenlabor.demo@smartregion.invalid", "Küstenlabor Probstei (Demo)", now);
        var mobilityAccount = DemoAccounts.Create("mara.demo@smartregion.invalid", "Mara Beispiel (Demo)", now);
        db.Users.AddRange(coastAccount, mobilityAccount);

        var coast = new MakerProfile
        {
            AccountId = coastAccount.Id,
            Slug = CoastSlug,
            Kind = MakerKind.Organisation,
            DisplayName = "Küstenlabor Probstei e. V. (Demo)",
            Description = "Ein erfundener Verein für diese Demo: Ehrenamtliche an der Probsteier Küste messen Wasser, sammeln Strandmüll und machen die Daten offen zugänglich.",
            FieldKeys = MakerRules.JoinFields(["kuesten-meeresschutz", "umwelt"]),
            AreaId = laboe.Value,
            SkillsSought = "Auswertung von Sensordaten, Gestaltung von Karten",
            SkillsOffered = "Strandaktionen organisieren, Kontakte zu Schulen an der Küste",
            CreatedAt = now.AddDays(-60),
            UpdatedAt = now.AddDays(-5),
        };
        var mobility = new MakerProfile
        {
            AccountId = mobilityAccount.Id,
            Slug = MobilitySlug,
            Kind = MakerKind.Person,
            DisplayName = "Mara Beispiel (Demo)",
            Description = "Eine erfundene Entwicklerin für diese Demo: baut kleine Werkzeuge, die Wege im Quartier einfacher machen.",
            FieldKeys = MakerRules.JoinFields(["mobilitaet", "quartiersentwicklung"]),
            AreaId = kiel.Value,
            SkillsSought = "Zugang zu Fahrplandaten, Menschen zum Testen in Gaarden",
            SkillsOffered = "Web-Entwicklung, barrierefreie Oberflächen",
            CreatedAt = now.AddDays(-40),
            UpdatedAt = now.AddDays(-2),
        };
        db.AddRange(coast, mobility);
        await db.SaveChangesAsync(cancellationToken);

        var projects = new[]
        {
            Project(coast, "Offene Wassertemperatur Laboe (Demo)", "Drei Messbojen vor dem Strand melden Wasser- und Lufttemperatur; die Werte stehen offen auf der Datenplattform.",
                ProjectStage.Pilot, ["kuesten-meeresschutz", "umwelt"], laboe.Value, "https://example.org/kuestenlabor/wassertemperatur", ContactPreference.PlatformForm, null, now.AddDays(-50)),
            Project(coast, "Strandmüll-Karte Probstei (Demo)", "Wer am Strand Müll sammelt, trägt Fundort und Menge in eine Karte ein. So sieht man, wo nach Sturm am meisten angespült wird.",
                ProjectStage.Prototype, ["kuesten-meeresschutz", "abfall-emissionen"], laboe.Value, "", ContactPreference.PublicEmail, "kontakt@kuestenlabor.invalid", now.AddDays(-30)),
            Project(mobility, "Fahrradbügel-Finder Gaarden (Demo)", "Eine kleine Web-App zeigt freie Fahrradbügel und Sprottenflotte-Stationen rund um den Vinetaplatz, auch in einfacher Sprache.",
                ProjectStage.Prototype, ["mobilitaet", "quartiersentwicklung"], gaarden.Value, "https://example.org/buegelfinder\nhttps://example.org/buegelfinder/quellcode", ContactPreference.PlatformForm, null, now.AddDays(-20)),
            Project(mobility, "Mitfahrbank Holtenau digital (Demo)", "Idee: Eine Mitfahrbank zeigt per Anzeige, wer gerade in Richtung Innenstadt fährt.",
                ProjectStage.Idea, ["mobilitaet"], holtenau.Value, "", ContactPreference.NoContact, null, now.AddDays(-3)),
        };
        db.AddRange(projects);
        await db.SaveChangesAsync(cancellationToken);

        db.Add(new SupportRequest
        {
            ProfileId = mobility.Id,
            ProjectId = projects[2].Id,
            AreaId = gaarden.Value,
            Kind = SupportKind.DataAccess,
            Description = "Für den Bügel-Finder brauchen wir die Standorte der Fahrradbügel im Stadtteil als offenen Datensatz.",
            Status = SupportStatus.New,
            CreatedAt = now.AddDays(-1),
            UpdatedAt = now.AddDays(-1),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MakerProject Project(
        MakerProfile profile, string title, string summary, ProjectStage stage, string[] fields, int areaId, string links,
        ContactPreference contact, string? email, DateTime createdAt) => new()
        {
            ProfileId = profile.Id,
            Slug = MakerCatalog.Slugify(title),
            Title = title,
            Summary = summary,
            Stage = stage,
            FieldKeys = MakerRules.JoinFields(fields),
            AreaId = areaId,
            Links = links,
            Contact = contact,
            PublicEmail = email,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
}
