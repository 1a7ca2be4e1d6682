using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// Turns an approved application into its pilot. It runs inside the deciding transaction and only adds to its
/// unit of work, so an approval never exists without its pilot, nor a pilot without its approval.
/// </summary>
public sealed class PilotFounding(SmartRegionDb db, FundingAudit audit)
{
    public async Task AddAsync(FundingCall call, FundingApplication application, decimal grantedAmount, Guid? by, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);

        // The frozen snapshot is what was approved; the answers are read from it, not from the live row.
        var snapshot = await db.Set<ApplicationVersion>().AsNoTracking().Where(v => v.ApplicationId == application.Id)
            .OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstAsync(cancellationToken);
        var answers = JsonColumns.Deserialize<FrozenAnswers>(snapshot)?.Answers ?? [];
        db.Add(Plan(call, application, answers, grantedAmount, now));
        audit.Record(call.Id, application.Id, "pilot-started", null, nameof(PilotStatus.Running), by, null);
    }

    /// <summary>The pilot with its milestones, budget plan, team lead, fields and the reports the call's schedule asks for.</summary>
    public static FundingPilot Plan(FundingCall call, FundingApplication application, IReadOnlyDictionary<string, FieldAnswer> answers, decimal grantedAmount, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(answers);
        var milestones = call.FormFields.Where(f => f.Kind == FormFieldKind.MilestonePlan)
            .SelectMany(f => answers.GetValueOrDefault(f.Key)?.Milestones ?? [])
            .Select(m => new PilotMilestone { Title = m.Title, Due = m.Due })
            .ToList();
        var budget = call.FormFields.Where(f => f.Kind == FormFieldKind.BudgetTable)
            .SelectMany(f => answers.GetValueOrDefault(f.Key)?.Budget ?? [])
            .Where(row => row.Amount is not null)
            .GroupBy(row => row.Category, StringComparer.Ordinal)
            .Select(rows => new PlannedCost { Category = rows.Key, Planned = rows.Sum(row => row.Amount!.Value) })
            .ToList();

        var start = DateOnly.FromDateTime(BerlinTime.ToLocal(now));
        var lastDue = milestones.Max(m => m.Due);
        var end = lastDue is { } due && due > start ? due : start.AddMonths(call.MaxProjectMonths);
        var pilot = new FundingPilot
        {
            ApplicationId = application.Id,
            CallId = call.Id,
            Title = application.Title,
            AreaId = application.AreaId ?? call.AreaId,
            GrantedAmount = grantedAmount,
            Status = PilotStatus.Running,
            StartsOn = start,
            EndsOn = end,
            Milestones = milestones,
            BudgetPlan = budget,
            CreatedAt = now,
            UpdatedAt = now,
            Fields = [.. call.FieldKeys.Distinct(StringComparer.Ordinal).Select(key => new PilotField { FieldKey = key })],
            Reports = [.. Schedule(call, start, end).Select(report => new PilotReport { Kind = report.Kind, DueOn = report.DueOn })],
        };
        if (application.ApplicantId is { } lead)
        {
            pilot.Members.Add(new PilotMember { AccountId = lead, IsLead = true, JoinedAt = now });
        }

        return pilot;
    }

    /// <summary>
    /// Interim reports are due every so many months after the approval, as the call set it, while the date lies
    /// before the project's end (on the last day too when no final report is due); the final report is due at the
    /// end. Without a final report the project reports at least once, even when the first interim date is later.
    /// </summary>
    public static IEnumerable<(ReportKind Kind, DateOnly DueOn)> Schedule(FundingCall call, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.InterimReportMonths is { } months)
        {
            // Counted from the start each time, so that a due date on the 31st does not drift to the 28th.
            var count = 1;
            for (; call.FinalReportAtProjectEnd ? start.AddMonths(count * months) < end : start.AddMonths(count * months) <= end; count++)
            {
                yield return (ReportKind.Interim, start.AddMonths(count * months));
            }

            if (count == 1 && !call.FinalReportAtProjectEnd)
            {
                yield return (ReportKind.Interim, start.AddMonths(months));
            }
        }

        if (call.FinalReportAtProjectEnd)
        {
            yield return (ReportKind.Final, end);
        }
    }

    private sealed class FrozenAnswers
    {
        public Dictionary<string, FieldAnswer> Answers { get; set; } = [];
    }
}
