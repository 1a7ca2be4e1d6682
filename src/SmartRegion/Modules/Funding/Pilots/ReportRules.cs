using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// The rules of a report. A draft only has to be readable (statuses, amounts, lengths); a submission needs the
/// narrative, an amount for every budget category and a note for every delayed milestone. Error keys:
/// <c>Narrative</c>, <c>Milestones[i].Status</c>, <c>Milestones[i].Note</c>, <c>Spending[i].Spent</c>.
/// </summary>
public sealed class ReportRules(IStringLocalizer<SharedTexts> texts)
{
    /// <summary>Reads the input onto the report; the errors by key, empty when it was readable.</summary>
    public Dictionary<string, string> Apply(FundingPilot pilot, PilotReport report, ReportInput input, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        var narrative = input.Narrative?.Trim() ?? "";
        if (narrative.Length > PilotsModel.NarrativeLength)
        {
            errors["Narrative"] = texts["Validation.MaxLength", texts["Funding.Report.Narrative"], PilotsModel.NarrativeLength];
        }

        report.Narrative = narrative;
        report.Milestones = [.. pilot.Milestones.Select((milestone, i) => Progress(errors, i, milestone, input.Milestones.ElementAtOrDefault(i)))];
        report.Spending = [.. pilot.BudgetPlan.Select((line, i) => Spending(errors, i, line, input.Spending.ElementAtOrDefault(i), culture))];
        return errors;
    }

    /// <summary>What a submission needs beyond a readable draft.</summary>
    public Dictionary<string, string> SubmissionErrors(FundingPilot pilot, PilotReport report)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(report);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(report.Narrative))
        {
            errors["Narrative"] = texts["Validation.Required", texts["Funding.Report.Narrative"]];
        }

        foreach (var (progress, i) in report.Milestones.Select((p, i) => (p, i)))
        {
            if (progress.Status == MilestoneStatus.Delayed && string.IsNullOrWhiteSpace(progress.Note))
            {
                errors[$"Milestones[{i}].Note"] = texts["Funding.Report.DelayNeedsNote", progress.Title];
            }
        }

        foreach (var (spending, i) in report.Spending.Select((s, i) => (s, i)))
        {
            if (spending.Spent is null)
            {
                errors[$"Spending[{i}].Spent"] = texts["Validation.Required", SpentLabel(spending.Category)];
            }
        }

        return errors;
    }

    public string SpentLabel(string category) => texts["Funding.Report.SpentOn", category];

    public string NoteLabel(string milestone) => texts["Funding.Report.NoteOn", milestone];

    private MilestoneProgress Progress(Dictionary<string, string> errors, int index, PilotMilestone milestone, MilestoneProgressInput? given)
    {
        var status = MilestoneStatus.Open;
        if (!string.IsNullOrWhiteSpace(given?.Status)
            && !(Enum.TryParse(given.Status.Trim(), ignoreCase: false, out status) && Enum.IsDefined(status)))
        {
            errors[$"Milestones[{index}].Status"] = texts["Funding.Report.StatusInvalid", milestone.Title];
            status = MilestoneStatus.Open;
        }

        var note = given?.Note?.Trim();
        if (note?.Length > PilotsModel.NoteLength)
        {
            errors[$"Milestones[{index}].Note"] = texts["Validation.MaxLength", NoteLabel(milestone.Title), PilotsModel.NoteLength];
        }

        return new MilestoneProgress { Title = milestone.Title, Status = status, Note = string.IsNullOrEmpty(note) ? null : note };
    }

    private CategorySpending Spending(Dictionary<string, string> errors, int index, PlannedCost line, SpendingInput? given, CultureInfo culture)
    {
        var key = $"Spending[{index}].Spent";
        var spending = new CategorySpending { Category = line.Category };
        if (string.IsNullOrWhiteSpace(given?.Spent))
        {
            return spending;
        }

        if (!FundingAmounts.TryParse(given.Spent, culture, out var amount))
        {
            errors[key] = texts["Funding.Validation.Number", SpentLabel(line.Category)];
        }
        else if (amount < 0)
        {
            errors[key] = texts["Funding.Report.SpentNegative", SpentLabel(line.Category)];
        }
        else
        {
            spending.Spent = amount;
        }

        return spending;
    }
}
