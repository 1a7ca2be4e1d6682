using SmartRegion;
using SmartRegion.Modules.Admin;
using SmartRegion.Modules.Funding;
using SmartRegion.Modules.Participation;
using SmartRegion.Modules.Portal;
using SmartRegion.Modules.Projects;
using SmartRegion.Modules.Region;
using SmartRegion.Modules.Sensing;
using SmartRegion.Platform;
using SmartRegion.Platform.Cli;

var builder = WebApplication.CreateBuilder(args);
if (CommandLine.IsCommand(args))
{
    CommandLine.ConfigureLogging(builder);
}

builder.AddPlatform(ModuleModels.All);
builder.AddRegion();
builder.AddPortal();
builder.AddAdmin();
builder.AddSensing();
builder.AddParticipation();
builder.AddFunding();
builder.AddProjects();

var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

app.UsePlatform();
app.MapPlatform();
app.MapRegion();
app.MapPortal();
app.MapSensing();
app.MapParticipation();
app.MapFunding();
app.MapProjects();

await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory) as the entry point.</summary>
public partial class Program;
