namespace SmartRegion.Modules.Funding.Applications;

/// <summary>Who may move an application from which state to which; in one table.</summary>
public static class ApplicationStates
{
    private static readonly Dictionary<(ApplicationState From, ApplicationState To), ApplicationMover> Moves = new()
    {
        [(ApplicationState.Draft, ApplicationState.Submitted)] = ApplicationMover.Applicant,
        [(ApplicationState.Draft, ApplicationState.Withdrawn)] = ApplicationMover.Applicant,
        [(ApplicationState.Submitted, ApplicationState.Withdrawn)] = ApplicationMover.Applicant,
        [(ApplicationState.ClarificationRequested, ApplicationState.Withdrawn)] = ApplicationMover.Applicant,
        [(ApplicationState.ClarificationRequested, ApplicationState.Submitted)] = ApplicationMover.Applicant,
        [(ApplicationState.Submitted, ApplicationState.ClarificationRequested)] = ApplicationMover.Staff,
        [(ApplicationState.Submitted, ApplicationState.Ineligible)] = ApplicationMover.Staff,
        [(ApplicationState.ClarificationRequested, ApplicationState.Ineligible)] = ApplicationMover.Staff,
        [(ApplicationState.Submitted, ApplicationState.Approved)] = ApplicationMover.Staff,
        [(ApplicationState.Submitted, ApplicationState.Rejected)] = ApplicationMover.Staff,
    };

    public static bool Allows(ApplicationState from, ApplicationState to, ApplicationMover mover) =>
        Moves.TryGetValue((from, to), out var allowed) && allowed == mover;

    /// <summary>Only a draft's answers may change; afterwards the application is the record.</summary>
    public static bool IsEditable(ApplicationState state) => state == ApplicationState.Draft;

    /// <summary>Decided applications have a notice the applicant can read and print.</summary>
    public static bool IsDecided(ApplicationState state) => state is ApplicationState.Approved or ApplicationState.Rejected;

    /// <summary>Reviewers are assigned to applications that are submitted and neither withdrawn nor declared ineligible.</summary>
    public static bool IsOpenForReview(ApplicationState state) => state is ApplicationState.Submitted or ApplicationState.ClarificationRequested;

    /// <summary>The applications a call's ranking lists: every submitted one that is still in the running.</summary>
    public static bool IsRanked(ApplicationState state) => state is not (ApplicationState.Draft or ApplicationState.Withdrawn or ApplicationState.Ineligible);

    public static string TextKey(ApplicationState state) => $"Funding.State.{state}";
}

public enum ApplicationMover
{
    Applicant,
    Staff,
}
