using System.Globalization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Attachments;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>One question of the application form as the form shows it: the entered text (as typed, or as stored), its errors and its file.</summary>
public sealed record AnswerFieldView(FormFieldDefinition Field, AnswerInput Answer, IReadOnlyList<string> Errors, AttachmentInfo? File)
{
    public const int SpareRows = 3;

    /// <summary>Name and id of the field in the form: <c>Answer.f1</c>, <c>Answer_f1</c>.</summary>
    public string Name => "Answer." + Field.Key;

    public string Id => "Answer_" + Field.Key;

    /// <summary>A stored answer as the reader's language writes it, so it reads back the same.</summary>
    public static AnswerInput ToInput(FormFieldDefinition field, FieldAnswer? answer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (answer is null)
        {
            return new AnswerInput();
        }

        return new AnswerInput
        {
            Value = field.Kind is FormFieldKind.Number or FormFieldKind.Money && decimal.TryParse(answer.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? number.ToString("0.##", culture)
                : answer.Value,
            Milestones = answer.Milestones?.Select(m => new MilestoneInput { Title = m.Title, Due = m.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }).ToList(),
            Budget = answer.Budget?.Select(b => new BudgetInput { Category = b.Category, Amount = b.Amount?.ToString("0.##", culture) }).ToList(),
        };
    }

    /// <summary>Reads the answers of the call's form from the posted form fields (tables as <c>Answer.f1.0.Title</c>).</summary>
    public static Dictionary<string, AnswerInput> FromForm(IFormCollection form, IEnumerable<FormFieldDefinition> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var answers = new Dictionary<string, AnswerInput>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = "Answer." + field.Key;
            string? Cell(int row, string column) => form[$"{name}.{row}.{column}"].FirstOrDefault();
            IEnumerable<int> Rows() => Enumerable.Range(0, ApplicationRules.MaxRows).TakeWhile(row => form.ContainsKey($"{name}.{row}.{(field.Kind == FormFieldKind.MilestonePlan ? "Title" : "Category")}"));
            answers[field.Key] = field.Kind switch
            {
                FormFieldKind.MilestonePlan => new AnswerInput { Milestones = [.. Rows().Select(row => new MilestoneInput { Title = Cell(row, "Title"), Due = Cell(row, "Due") })] },
                FormFieldKind.BudgetTable => new AnswerInput { Budget = [.. Rows().Select(row => new BudgetInput { Category = Cell(row, "Category"), Amount = Cell(row, "Amount") })] },
                _ => new AnswerInput { Value = form[name].FirstOrDefault() },
            };
        }

        return answers;
    }
}
