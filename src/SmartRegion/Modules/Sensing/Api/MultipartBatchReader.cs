using System.Text;
using Microsoft.Net.Http.Headers;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// Reads the multipart/mixed form of a batch (OData 4.0 Part 1, 11.7.2): parts separated by <c>--boundary</c> lines
/// and closed by <c>--boundary--</c>; each part has MIME headers, a blank line and its content. A part of type
/// <c>application/http</c> holds one request (request line, headers, blank line, body); a part of type
/// <c>multipart/mixed</c> is a change set whose parts are such requests, never GETs and never another change set.
/// CRLF and bare LF line ends are both read. Anything malformed raises <see cref="MultipartBatchException"/> saying
/// what and where.
/// </summary>
internal static class MultipartBatchReader
{
    /// <summary>A part of the batch: one request, or a change set of requests.</summary>
    internal sealed record Part(BatchRequest? Request, IReadOnlyList<BatchRequest>? ChangeSet);

    public static IReadOnlyList<Part> Read(string body, string boundary, int maxRequests)
    {
        ArgumentNullException.ThrowIfNull(body);
        var parts = new List<Part>();
        var count = 0;
        var index = 0;
        foreach (var content in Split(body.Replace("\r\n", "\n", StringComparison.Ordinal), boundary, "the batch"))
        {
            var at = $"part {++index}";
            var (headers, rest) = Headers(content, at);
            var type = ContentType(headers, at);
            if (type.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var changeSetBoundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
                if (string.IsNullOrEmpty(changeSetBoundary))
                {
                    throw new MultipartBatchException($"{at}: a change set needs its boundary in the Content-Type: multipart/mixed; boundary=…");
                }

                var requests = new List<BatchRequest>();
                var inner = 0;
                foreach (var member in Split(rest, changeSetBoundary, $"the change set in {at}"))
                {
                    var memberAt = $"part {++inner} of the change set in {at}";
                    var (memberHeaders, memberContent) = Headers(member, memberAt);
                    if (!ContentType(memberHeaders, memberAt).MediaType.Equals("application/http", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new MultipartBatchException($"{memberAt}: a change set holds only application/http parts; change sets cannot be nested");
                    }

                    var request = Request(memberHeaders, memberContent, memberAt);
                    if (request.Method == "GET")
                    {
                        throw new MultipartBatchException($"{memberAt}: GET requests belong outside change sets");
                    }

                    requests.Add(request);
                }

                count += requests.Count;
                parts.Add(new Part(null, requests));
            }
            else if (type.MediaType.Equals("application/http", StringComparison.OrdinalIgnoreCase))
            {
                count++;
                parts.Add(new Part(Request(headers, rest, at), null));
            }
            else
            {
                throw new MultipartBatchException($"{at}: the Content-Type is application/http (one request) or multipart/mixed (a change set), not {type.MediaType}");
            }

            if (count > maxRequests)
            {
                throw new MultipartBatchException($"A batch holds at most {maxRequests} requests.");
            }
        }

        return parts;
    }

    /// <summary>The contents of the parts between <c>--boundary</c> lines, up to the closing <c>--boundary--</c> (the preamble and epilogue are skipped).</summary>
    private static List<string> Split(string text, string boundary, string what)
    {
        var delimiter = "--" + boundary;
        var parts = new List<string>();
        StringBuilder? current = null;
        foreach (var line in text.Split('\n'))
        {
            // Transport padding (spaces, tabs) may follow a delimiter.
            var trimmed = line.TrimEnd(' ', '\t', '\r');
            if (trimmed == delimiter + "--")
            {
                if (current is null)
                {
                    throw new MultipartBatchException($"{what} has no parts before its closing delimiter {delimiter}--");
                }

                parts.Add(Content(current));
                return parts;
            }

            if (trimmed == delimiter)
            {
                if (current is not null)
                {
                    parts.Add(Content(current));
                }

                current = new StringBuilder();
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        throw new MultipartBatchException(current is null
            ? $"{what} has no part: no line is the boundary {delimiter}"
            : $"{what} ends without its closing delimiter {delimiter}--");
    }

    /// <summary>The line break before a delimiter belongs to the delimiter, not to the part.</summary>
    private static string Content(StringBuilder part) => part.Length > 0 ? part.ToString(0, part.Length - 1) : "";

    /// <summary>The header lines up to the first blank line (folded lines joined), and what follows it.</summary>
    private static (Dictionary<string, string> Headers, string Content) Headers(string text, string at)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (text.StartsWith('\n'))
        {
            return (headers, text[1..]);
        }

        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var block = end < 0 ? text : text[..end];
        var rest = end < 0 ? "" : text[(end + 2)..];
        string? last = null;
        foreach (var line in block.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new MultipartBatchException($"{at}: '{Shorten(line)}' is no header line (Name: value)");
            }

            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        return (headers, rest);
    }

    private static MediaTypeHeaderValue ContentType(Dictionary<string, string> headers, string at) =>
        headers.TryGetValue(HeaderNames.ContentType, out var value) && MediaTypeHeaderValue.TryParse(value, out var type)
            ? type
            : throw new MultipartBatchException($"{at}: each part needs a Content-Type, application/http (one request) or multipart/mixed (a change set)");

    /// <summary>An application/http part: request line, headers, blank line, body.</summary>
    private static BatchRequest Request(Dictionary<string, string> partHeaders, string content, string at)
    {
        var text = content.TrimStart('\n');
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var requestLine = (lineEnd < 0 ? text : text[..lineEnd]).Trim();
        if (requestLine.Length == 0)
        {
            throw new MultipartBatchException($"{at}: the part holds no request line (for example POST Things HTTP/1.1)");
        }

        // METHOD URL [HTTP/1.1]; a URL with unencoded spaces is taken whole up to the version.
        var words = requestLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hasVersion = words.Length > 2 && words[^1].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase);
        var url = string.Join(' ', words[1..(hasVersion ? ^1 : ^0)]);
        if (url.Length == 0)
        {
            throw new MultipartBatchException($"{at}: the request line '{Shorten(requestLine)}' has no URL");
        }

        var method = words[0].ToUpperInvariant();
        if (!BatchExecutor.Methods.Contains(method))
        {
            throw new MultipartBatchException($"{at}: '{Shorten(words[0])}' is no method here; one of {string.Join(", ", BatchExecutor.Methods)} is expected");
        }

        var (headers, body) = lineEnd < 0 ? (new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), "") : Headers(text[(lineEnd + 1)..], at);
        var contentId = partHeaders.GetValueOrDefault("Content-ID") ?? headers.GetValueOrDefault("Content-ID");
        return new BatchRequest(contentId, method, url, headers.GetValueOrDefault(HeaderNames.ContentType), Encoding.UTF8.GetBytes(body.TrimEnd('\n', '\r', ' ', '\t')));
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text;
}

/// <summary>A multipart batch that cannot be read; answered 400 with the message.</summary>
internal sealed class MultipartBatchException(string message) : Exception(message);
