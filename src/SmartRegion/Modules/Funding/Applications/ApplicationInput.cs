using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>
/// What an applicant enters. Numbers and dates arrive as text: the form sends them in the reader's language
/// ("1.500,50"), the API with a decimal point ("1500.50") and dates as <c>yyyy-MM-dd</c>; <see cref="ApplicationRules"/> reads both.
/// </summary>
public sealed class ApplicationInput
{
    public string? Title { get; set; }

    public string? ApplicantName { get; set; }

    public ApplicantType? ApplicantType { get; set; }

    public int? AreaId { get; set; }

    public string? GrantRequested { get; set; }

    /// <summary>Answers to the call's form fields by key. File fields are answered by uploading, not here.</summary>
    public Dictionary<string, AnswerInput> Answers { get; set; } = [];
}

public sealed class AnswerInput
{
    public string? Value { get; set; }

    public List<MilestoneInput>? Milestones { get; set; }

    public List<BudgetInput>? Budget { get; set; }
}

public sealed class MilestoneInput
{
    public string? Title { get; set; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? Due { get; set; }
}

public sealed class BudgetInput
{
    public string? Category { get; set; }

    public string? Amount { get; set; }
}
