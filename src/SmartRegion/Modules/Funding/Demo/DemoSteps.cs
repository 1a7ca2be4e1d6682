using System.Globalization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Funding.Review;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Demo;

/// <summary>
/// Leaves, for the demo calls, the traces the real desks would leave, dated back from now: reference numbers,
/// frozen copies, trail entries, submitted reviews, decisions with the pilots they found and submitted reports.
/// </summary>
internal sealed class DemoSteps(SmartRegionDb db, FundingCall call, Guid staff, DateTime now)
{
    public FundingApplication Draft(Guid applicant, string title, string name, ApplicantType type, int areaId, decimal grant, int daysAgo, int projectMonths = 12)
    {
        var at = now.AddDays(-daysAgo);
        var application = new FundingApplication
        {
            CallId = call.Id,
            ApplicantId = applicant,
            Title = title,
            ApplicantName = name,
            ApplicantType = type,
            AreaId = areaId,
            GrantRequested = grant,
            Answers = FundingDemoContent.Answers(title, grant, at, projectMonths),
            State = ApplicationState.Draft,
            CreatedAt = at,
            UpdatedAt = at,
        };
        db.Add(application);
        db.SaveChanges();
        Trail(application.Id, "drafted", null, nameof(ApplicationState.Draft), applicant, null, at);
        return application;
    }

    public FundingApplication Submit(Guid applicant, string title, string name, ApplicantType type, int areaId, decimal grant, int daysAgo, int projectMonths = 12)
    {
        var application = Draft(applicant, title, name, type, areaId, grant, daysAgo + 1, projectMonths);
        var at = now.AddDays(-daysAgo);
        call.LastReferenceNumber++;
        var reference = string.Create(CultureInfo.InvariantCulture, $"{call.ReferencePrefix}-{BerlinTime.ToLocal(call.OpensAt).Year}-{call.LastReferenceNumber:0000}");
        application.State = ApplicationState.Submitted;
        application.ReferenceNumber = reference;
        application.SubmittedAt = at;
        application.UpdatedAt = at;
        db.Add(new ApplicationVersion { ApplicationId = application.Id, Number = 1, CreatedAt = at, Snapshot = ApplicationDesk.Snapshot(application, reference, at) });
        Trail(application.Id, "submitted", nameof(ApplicationState.Draft), nameof(ApplicationState.Submitted), applicant, reference, at);
        return application;
    }

    public void Ask(FundingApplication application, string question, int daysAgo)
    {
        var at = now.AddDays(-daysAgo);
        db.Add(new ApplicationClarification { ApplicationId = application.Id, Question = question, AskedBy = staff, AskedAt = at });
        Move(application, ApplicationState.ClarificationRequested, "clarification", question, daysAgo);
    }

    public void Move(FundingApplication application, ApplicationState to, string action, string? note, int daysAgo)
    {
        var at = now.AddDays(-daysAgo);
        var from = application.State;
        application.State = to;
        application.UpdatedAt = at;
        if (to == ApplicationState.Ineligible)
        {
            application.IneligibleReason = note;
        }

        Trail(application.Id, action, from.ToString(), to.ToString(), to == ApplicationState.Withdrawn ? application.ApplicantId : staff, note, at);
    }

    /// <summary>
    /// A review as the review desk leaves it: assigned by the office ten days before, declared free of conflicts,
    /// every criterion of the call scored with reasons, submitted <paramref name="daysAgo"/> days ago.
    /// </summary>
    public void Review(FundingApplication application, Guid reviewer, int[] scores, ReviewRecommendation recommendation, string comment, int daysAgo)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var submittedAt = now.AddDays(-daysAgo);
        var assignment = new ReviewAssignment
        {
            SubjectKind = ReviewCriteria.SubjectKind,
            SubjectId = application.Id,
            RoundId = call.Id,
            ReviewerId = reviewer,
            AssignedBy = staff,
            AssignedAt = submittedAt.AddDays(-10),
            DeclaredAt = submittedAt.AddDays(-8),
            HasConflict = false,
            SubmittedAt = submittedAt,
            Recommendation = recommendation,
            Comment = comment,
            Scores = [.. call.Criteria.Select((criterion, i) => new ReviewScore
            {
                CriterionKey = ReviewCriteria.KeyOf(criterion, i),
                Score = scores[i],
                Comment = string.Create(CultureInfo.InvariantCulture, $"{scores[i]} von 5 Punkten für „{criterion.NameDe}“ (Demo-Begründung)."),
            })],
        };
        db.Add(assignment);

        // The trail names the assignment by its number, as the review desk does.
        db.SaveChanges();
        Trail(application.Id, "reviewer-assigned", null, nameof(ReviewStage.Assigned), staff, $"assignment {assignment.Id}", assignment.AssignedAt);
        Trail(application.Id, "conflict-declared", nameof(ReviewStage.Assigned), nameof(ReviewStage.NoConflict), reviewer, null, assignment.DeclaredAt.Value);
        Trail(application.Id, "review-submitted", nameof(ReviewStage.NoConflict), nameof(ReviewStage.Submitted), reviewer, null, submittedAt);
    }

    /// <summary>The decision with its notice number; an approval also founds the pilot, which is returned.</summary>
    public FundingPilot? Decide(FundingApplication application, DecisionOutcome outcome, decimal? grant, string reason, int daysAgo)
    {
        var decidedAt = now.AddDays(-daysAgo);
        call.DecisionCount++;
        call.ApprovedTotal += grant ?? 0;
        db.Add(new FundingDecision
        {
            ApplicationId = application.Id,
            CallId = call.Id,
            Outcome = outcome,
            GrantedAmount = grant,
            Reason = reason,
            NoticeNumber = call.DecisionCount,
            DecidedBy = staff,
            DecidedAt = decidedAt,
        });
        var note = grant?.ToString("0.00", CultureInfo.InvariantCulture) ?? reason;
        Move(application, outcome == DecisionOutcome.Approved ? ApplicationState.Approved : ApplicationState.Rejected, outcome == DecisionOutcome.Approved ? "approved" : "rejected", note, daysAgo);
        if (grant is not { } granted)
        {
            return null;
        }

        // As in the real decision, an approval founds its pilot from what was submitted (the frozen copy holds the same answers).
        var pilot = PilotFounding.Plan(call, application, application.Answers, granted, decidedAt);
        db.Add(pilot);
        Trail(application.Id, "pilot-started", null, nameof(PilotStatus.Running), staff, null, decidedAt);
        return pilot;
    }

    /// <summary>
    /// A report of the pilot as the report desk leaves it once submitted by <paramref name="author"/>: the narrative,
    /// a status (and note) per milestone of the plan, and per budget category the planned amount times its share spent.
    /// </summary>
    public void SubmitReport(FundingPilot pilot, ReportKind kind, Guid author, string narrative, (MilestoneStatus Status, string? Note)[] milestones, decimal[] sharesSpent, int daysAgo)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(milestones);
        ArgumentNullException.ThrowIfNull(sharesSpent);
        var at = now.AddDays(-daysAgo);
        // The earliest report of the kind: the one that is due first.
        var report = pilot.Reports.Where(r => r.Kind == kind).OrderBy(r => r.DueOn).First();
        report.Narrative = narrative;
        report.Milestones = [.. pilot.Milestones.Select((m, i) => new MilestoneProgress { Title = m.Title, Status = milestones[i].Status, Note = milestones[i].Note })];
        report.Spending = [.. pilot.BudgetPlan.Select((line, i) => new CategorySpending { Category = line.Category, Spent = Math.Round(line.Planned * sharesSpent[i], 0) })];
        report.AuthorId = author;
        report.SavedAt = at;
        report.SubmittedBy = author;
        report.SubmittedAt = at;
        Trail(pilot.ApplicationId, "report-submitted", "Draft", "Submitted", author, string.Create(CultureInfo.InvariantCulture, $"{report.Kind} {report.DueOn:yyyy-MM-dd}"), at);
    }

    private void Trail(int applicationId, string action, string? from, string to, Guid? actor, string? note, DateTime at) =>
        db.Add(new FundingAuditEntry
        {
            CallId = call.Id,
            ApplicationId = applicationId,
            Action = action,
            FromState = from,
            ToState = to,
            ActorId = actor,
            At = at,
            Note = note,
        });
}
