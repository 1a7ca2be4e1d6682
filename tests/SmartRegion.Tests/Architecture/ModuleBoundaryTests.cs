using System.Reflection;
using NetArchTest.Rules;

namespace SmartRegion.Tests.Architecture;

/// <summary>
/// The platform knows no module; a module uses another only through that module's <c>Queries</c> namespace, its
/// small public query service.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly App = typeof(SmartRegion.Platform.PlatformSetup).Assembly;

    private static readonly string[] Modules = [.. App.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(n => n.StartsWith("SmartRegion.Modules.", StringComparison.Ordinal))
        .Select(n => n.Split('.')[2])
        .Distinct()
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void Modules_AreFound()
    {
        Assert.Contains("Region", Modules);
        Assert.Contains("Portal", Modules);
        Assert.Contains("Admin", Modules);
    }

    [Fact]
    public void Platform_DependsOnNoModuleAndNotOnTheCompositionRoot()
    {
        var result = Types.InAssembly(App)
            .That().ResideInNamespaceStartingWith("SmartRegion.Platform")
            .ShouldNot().HaveDependencyOnAny("SmartRegion.Modules", "SmartRegion.ModuleModels", "SmartRegion.SqliteDesignTimeFactory", "SmartRegion.PostgresDesignTimeFactory")
            .GetResult();

        Assert.True(result.IsSuccessful, "Platform types that reach into modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    public static TheoryData<string, string> ModulePairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in Modules)
        {
            foreach (var to in Modules.Where(m => m != from))
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Module_UsesAnotherOnlyThroughItsQueries(string from, string to)
    {
        // Every type of the other module outside its Queries namespace is off limits, named one by one.
        var internals = App.GetTypes()
            .Where(t => t.Namespace is { } ns
                && (ns == $"SmartRegion.Modules.{to}" || ns.StartsWith($"SmartRegion.Modules.{to}.", StringComparison.Ordinal))
                && !ns.StartsWith($"SmartRegion.Modules.{to}.Queries", StringComparison.Ordinal)
                && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!.Split('`')[0])
            .Distinct()
            .ToArray();
        Assert.NotEmpty(internals);

        var result = Types.InAssembly(App)
            .That().ResideInNamespaceStartingWith($"SmartRegion.Modules.{from}")
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{from} reaches into {to}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
