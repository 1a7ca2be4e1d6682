using System.Text.Json.Serialization;
using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>
/// An application to a call. The applicant drafts it; from the submission on it is frozen (a snapshot is kept
/// as <see cref="ApplicationVersion"/>) and only staff and the applicant's answers to questions move it on.
/// </summary>
public sealed class FundingApplication
{
    public int Id { get; set; }

    public int CallId { get; set; }

    /// <summary>The account that applies; null after the account was deleted (the submitted record stays).</summary>
    public Guid? ApplicantId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Person or organisation that applies, as it should appear in the funding records.</summary>
    public string ApplicantName { get; set; } = "";

    public ApplicantType? ApplicantType { get; set; }

    /// <summary>Where the project takes place.</summary>
    public int? AreaId { get; set; }

    public decimal? GrantRequested { get; set; }

    /// <summary>The answers to the call's own form fields, by field key.</summary>
    public Dictionary<string, FieldAnswer> Answers { get; set; } = [];

    public ApplicationState State { get; set; }

    /// <summary>Unique per call, e.g. <c>SP-2026-0007</c>; given at the submission.</summary>
    public string? ReferenceNumber { get; set; }

    public string? IneligibleReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }
}

/// <summary>The states of an application; <see cref="ApplicationStates"/> says which moves are allowed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationState>))]
public enum ApplicationState
{
    Draft,
    Submitted,
    ClarificationRequested,
    Ineligible,
    Withdrawn,
    Approved,
    Rejected,
}

/// <summary>One answer: a plain value (text, number, money, date, choice, an attachment id) or the rows of a table.</summary>
public sealed class FieldAnswer
{
    public string? Value { get; set; }

    public List<MilestoneRow>? Milestones { get; set; }

    public List<BudgetRow>? Budget { get; set; }
}

public sealed class MilestoneRow
{
    public string Title { get; set; } = "";

    public DateOnly? Due { get; set; }
}

public sealed class BudgetRow
{
    public string Category { get; set; } = "";

    public decimal? Amount { get; set; }
}

/// <summary>A frozen copy of everything the applicant entered, as JSON, taken at the submission.</summary>
public sealed class ApplicationVersion
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    public int Number { get; set; }

    public DateTime CreatedAt { get; set; }

    public string Snapshot { get; set; } = "";
}

/// <summary>A question staff asked about a submitted application, and the applicant's answer.</summary>
public sealed class ApplicationClarification
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public string Question { get; set; } = "";

    public Guid? AskedBy { get; set; }

    public DateTime AskedAt { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }
}
