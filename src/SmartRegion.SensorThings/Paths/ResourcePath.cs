using System.Globalization;

namespace SmartRegion.SensorThings.Paths;

/// <summary>One segment of a resource path: a name, optionally with a key (<c>Things(5)</c>).</summary>
public sealed record PathPart(string Name, long? Key);

/// <summary>
/// The resource path of a SensorThings request after the version, split into segments, e.g.
/// <c>Things(1)/Datastreams(2)/Observations</c>, <c>Things(1)/properties/owner</c>, <c>Things(1)/name/$value</c>
/// or <c>Things/$ref</c>. The meaning of each name is checked against the data model by the caller.
/// </summary>
public sealed record ResourcePath(IReadOnlyList<PathPart> Parts, bool Value, bool Reference)
{
    /// <summary>Reads a path such as <c>Things(1)/Datastreams</c>; returns null and an error for anything else.</summary>
    public static ResourcePath? Parse(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        error = null;
        var segments = path.Trim('/').Split('/');
        var parts = new List<PathPart>();
        var value = false;
        var reference = false;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "$value" or "$ref")
            {
                if (i != segments.Length - 1 || parts.Count == 0)
                {
                    error = $"'{segment}' may only end a path.";
                    return null;
                }

                value = segment == "$value";
                reference = segment == "$ref";
                continue;
            }

            var part = ParseSegment(segment, out error);
            if (part is null)
            {
                return null;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? Fail("The path is empty.", out error) : new ResourcePath(parts, value, reference);
    }

    private static PathPart? ParseSegment(string segment, out string? error)
    {
        error = null;
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? segment : segment[..open];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '.' or '-' or '[' or ']'))
        {
            error = $"'{segment}' is not a valid path segment.";
            return null;
        }

        if (open < 0)
        {
            return new PathPart(name, null);
        }

        if (!segment.EndsWith(')'))
        {
            error = $"'{segment}': the key is not closed with ')'.";
            return null;
        }

        var key = segment[(open + 1)..^1];
        if (key.Length >= 2 && key[0] == '\'' && key[^1] == '\'')
        {
            key = key[1..^1];
        }

        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            error = $"'{segment}': the key must be a whole number.";
            return null;
        }

        return new PathPart(name, id);
    }

    private static ResourcePath? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
