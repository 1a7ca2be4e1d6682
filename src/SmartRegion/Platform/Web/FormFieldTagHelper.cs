using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SmartRegion.Platform.Web;

/// <summary>
/// One labelled form field in the design system's markup: label, optional hint, the field's errors next to it
/// and linked with <c>aria-describedby</c>, and <c>aria-invalid</c> when it failed validation.
/// Usage: <c>&lt;form-field for="Input.Email" label="…" type="email" autocomplete="email" /&gt;</c>.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>An input type, or <c>textarea</c> for long text.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>The word shown after the label of a field that may stay empty.</summary>
    public string? OptionalText { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState[name];
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList() ?? [];
        var isPassword = Type == "password";
        var value = isPassword ? null : state?.AttemptedValue ?? Convert.ToString(For.Model, CultureInfo.CurrentCulture);
        var required = For.Metadata.IsRequired && For.Metadata.ModelType != typeof(bool);

        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"kern-form-input{(errors.Count > 0 ? " kern-form-input--error" : "")}\">");
        html.Append(CultureInfo.InvariantCulture, $"<label class=\"kern-label\" for=\"{id}\">{encoder.Encode(Label)}");
        if (!required && !string.IsNullOrEmpty(OptionalText))
        {
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"kern-label__optional\">– {encoder.Encode(OptionalText)}</span>");
        }

        html.Append("</label>");
        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"kern-hint\" id=\"{id}-hint\">{encoder.Encode(Hint)}</div>");
        }

        if (errors.Count > 0)
        {
            describedBy.Add(id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"kern-error\" id=\"{id}-error\">");
            html.Append(string.Join("<br>", errors.Select(encoder.Encode)));
            html.Append("</p>");
        }

        var attributes = new System.Text.StringBuilder();
        attributes.Append(CultureInfo.InvariantCulture, $" id=\"{id}\" name=\"{encoder.Encode(name)}\"");
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            attributes.Append(CultureInfo.InvariantCulture, $" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }

        if (required)
        {
            attributes.Append(" required aria-required=\"true\"");
        }

        if (errors.Count > 0)
        {
            attributes.Append(" aria-invalid=\"true\"");
        }

        if (describedBy.Count > 0)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        var inputClass = "kern-form-input__input" + (errors.Count > 0 ? " kern-form-input__input--error" : "");
        if (Type == "textarea")
        {
            html.Append(CultureInfo.InvariantCulture, $"<textarea class=\"{inputClass}\" rows=\"6\"{attributes}>{encoder.Encode(value ?? "")}</textarea>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<input class=\"{inputClass}\" type=\"{encoder.Encode(Type)}\"{attributes}");
            if (value is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $" value=\"{encoder.Encode(value)}\"");
            }

            html.Append('>');
        }

        html.Append("</div>");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(html.ToString());
    }
}
