using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>A pilot as its public page and the API show it: names resolved, milestones and spending as the newest submitted report states them.</summary>
public sealed record PilotView(
    FundingPilot Pilot,
    string AreaName,
    IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<TeamMemberView> Team,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<BudgetLineView> Budget,
    PilotReport? StateReport,
    IReadOnlyList<KpiView> Kpis,
    IReadOnlyList<ResultView> Results,
    IReadOnlyList<PilotReport> SubmittedReports)
{
    public decimal PlannedTotal => Budget.Sum(b => b.Planned);

    /// <summary>Null until a submitted report states the spending.</summary>
    public decimal? SpentTotal => StateReport is null ? null : Budget.Sum(b => b.Spent ?? 0);
}

public sealed record TeamMemberView(Guid AccountId, string DisplayName, bool IsLead);

public sealed record MilestoneView(string Title, DateOnly? Due, MilestoneStatus Status, string? Note);

public sealed record BudgetLineView(string Category, decimal Planned, decimal? Spent);

public sealed record KpiView(PilotKpi Kpi, DatastreamInfo? Datastream)
{
    public string DatastreamPath => $"/v1.1/Datastreams({Kpi.DatastreamId})";

    public string ObservationsPath => $"{DatastreamPath}/Observations";
}

public sealed record ResultView(FieldInfo Field, string Text);

/// <summary>Builds <see cref="PilotView"/>s: area and field names from the Region module, KPI Datastreams from Sensing, display names of the team.</summary>
public sealed class PilotViews(PilotCatalog catalog, RegionDirectory directory, DatastreamDirectory datastreams, UserManager<AppUser> users)
{
    /// <summary>
    /// Pilots of a field (key) and of an area (slug, with the areas below it), both optional. An unknown field
    /// or area matches no pilot.
    /// </summary>
    public async Task<List<FundingPilot>> ListAsync(string? field, string? areaSlug, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(field) && !(await directory.FieldsAsync(cancellationToken)).Any(f => f.Key == field))
        {
            return [];
        }

        List<int>? areas = null;
        if (!string.IsNullOrEmpty(areaSlug))
        {
            areas = await directory.AreaIdAsync(areaSlug, cancellationToken) is { } areaId ? await directory.AreaAndBelowAsync(areaId, cancellationToken) : [];
        }

        return await catalog.ListAsync(field, areas, cancellationToken);
    }

    public async Task<PilotView> OfAsync(FundingPilot pilot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var fields = await directory.FieldsAsync(cancellationToken);
        var area = (await directory.LookupAsync([pilot.AreaId], cancellationToken)).GetValueOrDefault(pilot.AreaId, "");
        var state = PilotCatalog.LatestSubmitted(pilot);
        var kpis = await catalog.KpisAsync(pilot.Id, cancellationToken);
        var streams = await datastreams.FindManyAsync(kpis.Select(k => k.DatastreamId), cancellationToken);
        var results = (await catalog.ResultsAsync(pilot.Id, cancellationToken)).ToDictionary(r => r.FieldKey, StringComparer.Ordinal);
        return new PilotView(
            pilot,
            area,
            [.. fields.Where(f => pilot.Fields.Any(p => p.FieldKey == f.Key))],
            await TeamAsync(pilot, cancellationToken),
            MilestonesAsOf(pilot, state),
            BudgetAsOf(pilot, state),
            state,
            [.. kpis.Select(k => new KpiView(k, streams.GetValueOrDefault(k.DatastreamId)))],
            [.. fields.Where(f => results.ContainsKey(f.Key)).Select(f => new ResultView(f, results[f.Key].Text))],
            [.. pilot.Reports.Where(r => r.IsSubmitted).OrderBy(r => r.SubmittedAt)]);
    }

    /// <summary>A day as the reader's language writes it (04.05.2026, 5/4/2026); empty for none.</summary>
    public static string Day(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    /// <summary>A day for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string MachineDay(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text key of where a report stands on <paramref name="today"/>: submitted, overdue, draft or due; the due date fills it in.</summary>
    public static string StateKey(PilotReport report, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.IsSubmitted ? "Funding.ReportState.Submitted"
            : report.IsOverdueOn(today) ? "Funding.ReportState.Overdue"
            : report.SavedAt is not null ? "Funding.ReportState.Draft"
            : "Funding.ReportState.Due";
    }

    /// <summary>The milestone plan with the status a report gave each milestone (open without a report).</summary>
    public static IReadOnlyList<MilestoneView> MilestonesAsOf(FundingPilot pilot, PilotReport? report)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        return [.. pilot.Milestones.Select((m, i) => report?.Milestones.ElementAtOrDefault(i) is { } progress
            ? new MilestoneView(m.Title, m.Due, progress.Status, progress.Note)
            : new MilestoneView(m.Title, m.Due, MilestoneStatus.Open, null))];
    }

    /// <summary>The budget plan with what a report says was spent per category (nothing without a report).</summary>
    public static IReadOnlyList<BudgetLineView> BudgetAsOf(FundingPilot pilot, PilotReport? report)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        return [.. pilot.BudgetPlan.Select((line, i) => new BudgetLineView(line.Category, line.Planned, report?.Spending.ElementAtOrDefault(i)?.Spent))];
    }

    /// <summary>The team by display name, the lead first; nobody's e-mail address.</summary>
    public async Task<IReadOnlyList<TeamMemberView>> TeamAsync(FundingPilot pilot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var ids = pilot.Members.Select(m => m.AccountId).ToList();
        var names = await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. pilot.Members.Where(m => names.ContainsKey(m.AccountId)).OrderByDescending(m => m.IsLead).ThenBy(m => m.JoinedAt)
            .Select(m => new TeamMemberView(m.AccountId, names[m.AccountId], m.IsLead))];
    }
}

/// <summary>Rows for a table partial, with the table's caption.</summary>
public sealed record CaptionedRows<T>(IReadOnlyList<T> Rows, string Caption);
