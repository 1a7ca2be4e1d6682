using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Reports;

/// <summary>
/// The report categories the KielRegion starts with: the coast and the sea (the region's action field) and
/// everyday infrastructure. Adds missing codes and never overwrites, so edited categories survive a restart.
/// </summary>
internal sealed class ReportCategorySeed : IStartupSeed
{
    private const string CoastDe = "Küste und Meer";
    private const string CoastEn = "Coast and sea";
    private const string InfrastructureDe = "Infrastruktur";
    private const string InfrastructureEn = "Infrastructure";

    private static readonly ReportCategory[] Categories =
    [
        new()
        {
            ServiceCode = "beach-litter", NameDe = "Müll am Strand", NameEn = "Litter on a beach",
            DescriptionDe = "Angespülter oder liegengelassener Müll am Strand oder im Spülsaum.",
            DescriptionEn = "Litter washed up or left behind on a beach or along the tide line.",
            GroupDe = CoastDe, GroupEn = CoastEn, Keywords = "Müll,Strand,Plastik,litter,beach,plastic", DefaultAgency = "Strandreinigung",
        },
        new()
        {
            ServiceCode = "coastal-erosion", NameDe = "Küstenerosion/Abbruchkante", NameEn = "Coastal erosion or cliff edge",
            DescriptionDe = "Abgebrochene Steilküste, unterspülte Wege oder gefährliche Abbruchkanten.",
            DescriptionEn = "Collapsed cliffs, undermined paths or dangerous edges where the coast breaks away.",
            GroupDe = CoastDe, GroupEn = CoastEn, Keywords = "Erosion,Steilküste,Abbruch,erosion,cliff", DefaultAgency = "Küstenschutz",
        },
        new()
        {
            ServiceCode = "dead-fish", NameDe = "Tote Fische", NameEn = "Dead fish",
            DescriptionDe = "Tote Fische oder andere tote Meerestiere am Ufer oder im Wasser.",
            DescriptionEn = "Dead fish or other dead marine animals on the shore or in the water.",
            GroupDe = CoastDe, GroupEn = CoastEn, Keywords = "Fische,Fischsterben,Sauerstoff,fish,die-off", DefaultAgency = "Umweltbehörde",
        },
        new()
        {
            ServiceCode = "broken-infrastructure", NameDe = "Defekte Infrastruktur", NameEn = "Broken infrastructure",
            DescriptionDe = "Kaputte Bänke, Laternen, Schilder, Stege oder Spielgeräte.",
            DescriptionEn = "Broken benches, street lights, signs, jetties or play equipment.",
            GroupDe = InfrastructureDe, GroupEn = InfrastructureEn, Keywords = "Laterne,Bank,Schild,Steg,light,bench,sign", DefaultAgency = "Bauhof",
        },
        new()
        {
            ServiceCode = "illegal-dumping", NameDe = "Illegale Müllablagerung", NameEn = "Illegal dumping",
            DescriptionDe = "Sperrmüll, Bauschutt oder Säcke, die verbotenerweise abgeladen wurden.",
            DescriptionEn = "Bulky waste, rubble or bags left where they must not be.",
            GroupDe = InfrastructureDe, GroupEn = InfrastructureEn, Keywords = "Sperrmüll,Ablagerung,dumping,waste", DefaultAgency = "Abfallwirtschaft",
        },
        new()
        {
            ServiceCode = "damaged-road", NameDe = "Beschädigte Straße oder beschädigter Weg", NameEn = "Damaged road or path",
            DescriptionDe = "Schlaglöcher, lose Platten oder beschädigte Rad- und Fußwege.",
            DescriptionEn = "Potholes, loose paving or damaged cycle and foot paths.",
            GroupDe = InfrastructureDe, GroupEn = InfrastructureEn, Keywords = "Schlagloch,Radweg,Gehweg,pothole,path", DefaultAgency = "Tiefbau",
        },
    ];

    public bool IsDemoContent => false;

    public async Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = await db.Set<ReportCategory>().Select(c => c.ServiceCode).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var category in Categories)
        {
            order++;
            if (known.Contains(category.ServiceCode))
            {
                continue;
            }

            db.Add(new ReportCategory
            {
                ServiceCode = category.ServiceCode,
                NameDe = category.NameDe,
                NameEn = category.NameEn,
                DescriptionDe = category.DescriptionDe,
                DescriptionEn = category.DescriptionEn,
                GroupDe = category.GroupDe,
                GroupEn = category.GroupEn,
                Keywords = category.Keywords,
                DefaultAgency = category.DefaultAgency,
                SortOrder = order,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
