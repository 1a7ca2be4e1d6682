using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>
/// A project maker's share of their data: the profile, the portfolio and the support requests. All of it is the
/// maker's own, so deleting the account deletes it; staff who handled requests are only forgotten as handlers.
/// Internal notes are staff's words about the request, and go with it.
/// </summary>
public sealed class MakersPersonalData(SmartRegionDb db) : IPersonalData
{
    public string Section => "projectMaker";

    public async Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var profile = await db.Set<MakerProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);
        if (profile is null)
        {
            return new { Profile = (object?)null };
        }

        return new
        {
            Profile = new
            {
                profile.Slug,
                Kind = profile.Kind.ToString(),
                profile.DisplayName,
                profile.Description,
                Fields = MakerRules.SplitFields(profile.FieldKeys),
                profile.AreaId,
                profile.SkillsSought,
                profile.SkillsOffered,
                profile.CreatedAt,
                profile.UpdatedAt,
            },
            Projects = (await db.Set<MakerProject>().AsNoTracking().Where(p => p.ProfileId == profile.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken))
                .Select(p => new
                {
                    p.Slug,
                    p.Title,
                    p.Summary,
                    Stage = p.Stage.ToString(),
                    Fields = MakerRules.SplitFields(p.FieldKeys),
                    p.AreaId,
                    Links = MakerRules.SplitLinks(p.Links),
                    Contact = p.Contact.ToString(),
                    p.PublicEmail,
                    p.CreatedAt,
                    p.UpdatedAt,
                }),
            SupportRequests = await db.Set<SupportRequest>().AsNoTracking().Where(r => r.ProfileId == profile.Id).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.ProjectId, Kind = r.Kind.ToString(), r.Description, Status = r.Status.ToString(), r.CreatedAt, r.UpdatedAt })
                .ToListAsync(cancellationToken),
        };
    }

    public async Task ForgetAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var profileIds = await db.Set<MakerProfile>().Where(p => p.AccountId == accountId).Select(p => p.Id).ToListAsync(cancellationToken);
        await db.Set<SupportRequest>().Where(r => profileIds.Contains(r.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MakerProject>().Where(p => profileIds.Contains(p.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MakerProfile>().Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SupportRequest>().Where(r => r.HandledBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(r => r.HandledBy, (Guid?)null), cancellationToken);
    }
}
