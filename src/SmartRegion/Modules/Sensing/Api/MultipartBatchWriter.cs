using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// Writes the answer to a multipart batch (OData 4.0 Part 1, 11.7.4): per request an <c>application/http</c> part
/// holding the response (status line, headers, blank line, body), per successful change set a nested
/// <c>multipart/mixed</c> part with one such response per request, each with its <c>Content-ID</c>. Lines end in CRLF.
/// </summary>
internal sealed class MultipartBatchWriter
{
    private readonly StringBuilder text = new();

    public string Boundary { get; } = NewBoundary("batchresponse");

    public void WriteResponse(BatchAnswer answer) => WriteResponse(Boundary, answer);

    public void WriteChangeSet(IReadOnlyList<BatchAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var changeSet = NewBoundary("changesetresponse");
        Line($"--{Boundary}");
        Line($"Content-Type: multipart/mixed; boundary={changeSet}");
        Line();
        foreach (var answer in answers)
        {
            WriteResponse(changeSet, answer);
        }

        Line($"--{changeSet}--");
    }

    /// <summary>Closes the batch and returns its text.</summary>
    public string Finish()
    {
        Line($"--{Boundary}--");
        return text.ToString();
    }

    private void WriteResponse(string boundary, BatchAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Line($"--{boundary}");
        Line("Content-Type: application/http");
        Line("Content-Transfer-Encoding: binary");
        if (answer.Id is not null)
        {
            Line($"Content-ID: {answer.Id}");
        }

        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} {ReasonPhrases.GetReasonPhrase(answer.Status)}"));
        if (answer.Location is not null)
        {
            Line($"Location: {answer.Location}");
        }

        if (answer.Body.Length > 0)
        {
            Line($"Content-Type: {answer.ContentType ?? "application/json"}");
            Line(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(answer.Body)}"));
        }

        Line();
        // The line break after the body belongs to the next delimiter.
        Line(answer.Body);
    }

    private void Line(string line = "") => text.Append(line).Append("\r\n");

    private static string NewBoundary(string prefix) => $"{prefix}_{Guid.NewGuid():N}";
}
