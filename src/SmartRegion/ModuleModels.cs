using SmartRegion.Modules.Funding;
using SmartRegion.Modules.Participation;
using SmartRegion.Modules.Portal;
using SmartRegion.Modules.Projects;
using SmartRegion.Modules.Region;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;

namespace SmartRegion;

/// <summary>
/// Every module's part of the database model, listed once. The running app and the design-time factories
/// (which create migrations) both build the model from this list.
/// </summary>
internal static class ModuleModels
{
    public static readonly IReadOnlyList<IModuleModel> All = [new RegionModel(), new PortalModel(), new SensingModel(), new ParticipationModel(), new FundingModel(), new ProjectsModel()];
}
