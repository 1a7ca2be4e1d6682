using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Processes;

/// <summary>The parts of a process that residents use; each phase switches them on or off.</summary>
public enum Component
{
    Surveys,
    Ideas,
    Comments,
    Supports,
}

/// <summary>
/// Answers for the other features whether residents may use a component of a process right now. A component
/// is open when the process is published and the phase whose dates include <c>utcNow</c> switches it on;
/// between phases, before the first and after the last, everything is closed.
/// Example: <c>if (!await ProcessPhases.IsOpenAsync(db, idea.ProcessId.Value, Component.Ideas, clock.GetUtcNow().UtcDateTime, ct)) …</c>
/// </summary>
public static class ProcessPhases
{
    public static async Task<bool> IsOpenAsync(SmartRegionDb db, int processId, Component component, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        var published = db.Set<Process>().Where(p => p.IsPublished).Select(p => p.Id);
        var current = db.Set<Phase>().Where(p => p.ProcessId == processId && published.Contains(p.ProcessId) && p.StartsAt <= now && now < p.EndsAt);
        return component switch
        {
            Component.Surveys => await current.AnyAsync(p => p.SurveysOpen, cancellationToken),
            Component.Ideas => await current.AnyAsync(p => p.IdeasOpen, cancellationToken),
            Component.Comments => await current.AnyAsync(p => p.CommentsOpen, cancellationToken),
            Component.Supports => await current.AnyAsync(p => p.SupportsOpen, cancellationToken),
            _ => false,
        };
    }

    /// <summary>The phase whose dates include <paramref name="utcNow"/>, if any.</summary>
    public static Phase? Current(IEnumerable<Phase> phases, DateTime utcNow) =>
        phases.FirstOrDefault(p => p.IsCurrentAt(utcNow));

    /// <summary>The components a phase switches on, in a fixed order.</summary>
    public static IReadOnlyList<Component> OpenComponents(Phase? phase) =>
        phase is null
            ? []
            : [.. Enum.GetValues<Component>().Where(c => c switch
            {
                Component.Surveys => phase.SurveysOpen,
                Component.Ideas => phase.IdeasOpen,
                Component.Comments => phase.CommentsOpen,
                Component.Supports => phase.SupportsOpen,
                _ => false,
            })];
}
