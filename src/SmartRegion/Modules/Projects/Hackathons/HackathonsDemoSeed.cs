using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// Demo content (<c>Demo__Seed</c>): the region's two hackathons of 2022, the Ocean Re-CREATION Challenge and the
/// mobility hackathon "Hack your Verkehrssystem!", with what is known about them. Where the demo must fill a gap
/// (times of day, place, team names, the jury's criteria) it says so in the text. Runs once: it stops when the first one exists.
/// </summary>
internal sealed class HackathonsDemoSeed(RegionDirectory directory, TimeProvider clock) : IStartupSeed
{
    public const string OceanTitle = "Ocean Re-CREATION Challenge (ORCC)";
    public const string MobilityTitle = "Hack your Verkehrssystem! – Hackathon Mobilität";

    public bool IsDemoContent => true;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var region = await directory.AreaIdAsync("kielregion", cancellationToken);
        if (region is null || await db.Set<Hackathon>().AnyAsync(h => h.Title == OceanTitle, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(Ocean(region.Value, now));
        var mobility = Mobility(region.Value, now);
        db.Add(mobility);
        await db.SaveChangesAsync(cancellationToken);
        await AddMobilityTeamsAsync(db, mobility, now, cancellationToken);

        // Criteria for the jury page to show; the event's real jury criteria are not on record.
        db.AddRange(
            new Jury.JuryCriterion { HackathonId = mobility.Id, SortOrder = 1, Name = "Nutzen für den Alltag (Demo)", Description = "Steigen Menschen dadurch eher auf Bus, Rad oder Fähre um?", Weight = 3 },
            new Jury.JuryCriterion { HackathonId = mobility.Id, SortOrder = 2, Name = "Umsetzbarkeit in der Region (Demo)", Description = "Lässt es sich mit vorhandenen Daten und Partnern umsetzen?", Weight = 2 });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTime Berlin(int year, int month, int day, int hour) => BerlinTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    private static Hackathon Ocean(int region, DateTime now) => new()
    {
        AreaId = region,
        Title = OceanTitle,
        Description = "Einwöchiger Hackathon von TransMarTech SH im Kontext der Smarten KielRegion. Die sieben Challenges entstanden aus "
            + "fünf Monaten Bürgergesprächen im Kreis Rendsburg-Eckernförde, in Kiel und im Kreis Plön; Müll an den Küsten war eines der "
            + "wichtigsten Anliegen. Rund 30 Teilnehmende, 15 Mentorinnen und Mentoren, Gäste aus Rostock, Lübeck und Dänemark. Die Konzepte "
            + "reichten von nachhaltiger Aquafarm-Technik bis zu intelligenten Wrack-Detektoren; die ORCC erhielt den Nachwuchspreis der IB.SH "
            + "beim Nachhaltigkeitspreis Schleswig-Holstein 2023. (Demo: Uhrzeiten und Ort sind Platzhalter.)",
        StartsAt = Berlin(2022, 9, 19, 9),
        EndsAt = Berlin(2022, 9, 24, 17),
        SubmissionDeadline = Berlin(2022, 9, 24, 12),
        PlaceName = "KielRegion (Demo: Ort nicht angegeben)",
        FieldKeys = "kuesten-meeresschutz,abfall-emissionen",
        TeamSizeMin = 2,
        TeamSizeMax = 6,
        CreatedAt = now,
        UpdatedAt = now,
        Challenges =
        [
            new HackathonChallenge
            {
                SortOrder = 0,
                Title = "Müll an den Küsten",
                Description = "Müll an den Küsten war in den Bürgergesprächen in Rendsburg-Eckernförde, Kiel und Plön eines der wichtigsten Anliegen. "
                    + "(Demo: eine der sieben Challenges, die genaue Aufgabenstellung ist hier nicht hinterlegt.)",
                OwnerOrganisation = "TransMarTech SH",
            },
        ],
    };

    private static Hackathon Mobility(int region, DateTime now) => new()
    {
        AreaId = region,
        Title = MobilityTitle,
        Description = "Vier Teams arbeiteten an vier Challenges aus Workshops mit Nutzerinnen und Nutzern. Deren Ergebnis: Menschen steigen auf "
            + "Bus, Bahn oder Rad um, wenn es ein positives Erlebnis ist und die Informationen leicht zu finden sind. Heraus kamen Ideen zur "
            + "Gamification (Minispiele oder Karma-Punkte im Bus) und ein Verkehrszirkulations-Konzept nach dem Vorbild Groningens. "
            + "(Demo: das Jahr 2022 ist aus dem Zusammenhang erschlossen; Uhrzeiten und Ort sind Platzhalter.)",
        StartsAt = Berlin(2022, 6, 10, 9),
        EndsAt = Berlin(2022, 6, 11, 18),
        SubmissionDeadline = Berlin(2022, 6, 11, 14),
        PlaceName = "KielRegion (Demo: Ort nicht angegeben)",
        FieldKeys = "mobilitaet",
        TeamSizeMin = 2,
        TeamSizeMax = 6,
        CreatedAt = now,
        UpdatedAt = now,
        Challenges =
        [
            new HackathonChallenge
            {
                SortOrder = 0,
                Title = "Bus und Bahn als positives Erlebnis",
                Description = "Aus den Workshops: Menschen steigen um, wenn die Fahrt ein positives Erlebnis ist. (Demo: Wortlaut der Challenge ist hier nicht hinterlegt.)",
                OwnerOrganisation = "Demo: Veranstalter nicht angegeben",
            },
            new HackathonChallenge
            {
                SortOrder = 1,
                Title = "Informationen leicht finden",
                Description = "Aus den Workshops: Menschen steigen um, wenn die Informationen leicht zu finden sind. (Demo: Wortlaut der Challenge ist hier nicht hinterlegt.)",
                OwnerOrganisation = "Demo: Veranstalter nicht angegeben",
            },
        ],
    };

    private static async Task AddMobilityTeamsAsync(SmartRegionDb db, Hackathon mobility, DateTime now, CancellationToken cancellationToken)
    {
        var gamification = new HackathonTeam { HackathonId = mobility.Id, Name = "Demo-Team Gamification", ChallengeId = mobility.Challenges[0].Id, CreatedAt = now };
        var circulation = new HackathonTeam { HackathonId = mobility.Id, Name = "Demo-Team Verkehrszirkulation", ChallengeId = mobility.Challenges[1].Id, CreatedAt = now };
        db.AddRange(gamification, circulation);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(
            new HackathonSubmission
            {
                HackathonId = mobility.Id,
                TeamId = gamification.Id,
                Description = "Gamification im Bus: Minispiele oder Karma-Punkte für Fahrgäste.",
                SubmittedAt = mobility.SubmissionDeadline,
                UpdatedAt = mobility.SubmissionDeadline,
            },
            new HackathonSubmission
            {
                HackathonId = mobility.Id,
                TeamId = circulation.Id,
                Description = "Ein Verkehrszirkulations-Konzept nach dem Vorbild Groningens.",
                SubmittedAt = mobility.SubmissionDeadline,
                UpdatedAt = mobility.SubmissionDeadline,
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
