using System.Runtime.CompilerServices;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Parses <c>$expand</c>: comma-separated navigation paths, each optionally followed by <c>(</c>options<c>)</c> with
/// the options separated by ';'. Separators inside parentheses or quoted strings belong to the inner text.
/// Positions in errors are offsets into this option's text; errors of nested options are moved there too.
/// </summary>
internal static class ExpandParser
{
    private const string Option = QueryOptionsBuilder.Expand;

    public static List<ExpandItem> Parse(string text, QueryLimits limits, int parentDepth)
    {
        var items = new List<ExpandItem>();
        foreach (var (start, end) in Split(text, 0, text.Length, ','))
        {
            items.Add(ParseItem(text, start, end, limits, parentDepth));
        }

        return items;
    }

    private static ExpandItem ParseItem(string text, int start, int end, QueryLimits limits, int parentDepth)
    {
        (start, end) = Trim(text, start, end);
        if (start == end)
        {
            throw new QueryParseException(Option, start, $"expected a navigation property but found {Found(text, start)}");
        }

        var open = text.IndexOf('(', start, end - start);
        var pathEnd = open < 0 ? end : open;
        var path = ParsePath(text, start, pathEnd);
        var pathText = Token.Shorten(text[start..pathEnd]);
        var depth = parentDepth + path.Count;

        // The stack probe only matters when a caller raises MaxExpandDepth far beyond what a thread's stack can take.
        if (depth > limits.MaxExpandDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new QueryParseException(Option, start, $"$expand is nested too deeply at '{pathText}' (more than {limits.MaxExpandDepth} levels)");
        }

        if (open < 0)
        {
            return new ExpandItem(path, QueryOptions.Empty);
        }

        var close = FindClose(text, open, end);
        if (close != end - 1)
        {
            throw new QueryParseException(Option, close + 1, $"expected ',' or end of text after ')' but found {Found(text, close + 1)}");
        }

        var builder = new QueryOptionsBuilder(limits, depth, nested: true);
        foreach (var (partStart, partEnd) in Split(text, open + 1, close, ';'))
        {
            var (optionStart, optionEnd) = Trim(text, partStart, partEnd);
            if (optionStart == optionEnd)
            {
                throw new QueryParseException(Option, optionStart, $"expected an option like '$top=1' in the parentheses of '{pathText}' but found {Found(text, optionStart)}");
            }

            var equals = text.IndexOf('=', optionStart, optionEnd - optionStart);
            if (equals < 0)
            {
                throw new QueryParseException(Option, optionEnd, $"expected '=' after '{Token.Shorten(text[optionStart..optionEnd])}' in the parentheses of '{pathText}' but found {Found(text, optionEnd)}");
            }

            var name = text[optionStart..equals];
            var value = text[(equals + 1)..optionEnd];
            try
            {
                builder.CheckName(name);
            }
            catch (QueryParseException error)
            {
                throw new QueryParseException(Option, optionStart + error.Position, $"in the options of '{pathText}': {error.Reason}");
            }

            try
            {
                builder.ApplyValue(name, value);
            }
            catch (QueryParseException error)
            {
                throw new QueryParseException(Option, equals + 1 + error.Position, $"in {error.Option} of '{pathText}': {error.Reason}");
            }
        }

        return new ExpandItem(path, builder.Build());
    }

    private static List<string> ParsePath(string text, int start, int end)
    {
        var segments = new List<string>();
        var segmentStart = start;
        while (true)
        {
            var i = segmentStart;
            if (i < end && Lexer.IsIdentifierStart(text[i]))
            {
                i++;
                while (i < end && Lexer.IsIdentifierPart(text[i]))
                {
                    i++;
                }
            }

            if (i == segmentStart || (i < end && text[i] != '/'))
            {
                var found = i < end ? $"'{text[i]}'" : end < text.Length ? $"'{text[end]}'" : "end of text";
                throw new QueryParseException(Option, i, $"expected a navigation property name but found {found}");
            }

            segments.Add(text[segmentStart..i]);
            if (i == end)
            {
                return segments;
            }

            segmentStart = i + 1;
        }
    }

    /// <summary>Splits <paramref name="text"/>[from..to) at separators outside parentheses and quoted strings.</summary>
    private static List<(int Start, int End)> Split(string text, int from, int to, char separator)
    {
        var parts = new List<(int Start, int End)>();
        var depth = 0;
        var partStart = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                i = SkipQuoted(text, i, to) - 1;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    throw new QueryParseException(Option, i, "unexpected ')' without a matching '('");
                }

                depth--;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        if (depth > 0)
        {
            throw new QueryParseException(Option, to, "expected ')' but found end of text");
        }

        parts.Add((partStart, to));
        return parts;
    }

    private static int FindClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == '\'')
            {
                i = SkipQuoted(text, i, end) - 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        // Split has already checked that the parentheses of every item balance.
        throw new QueryParseException(Option, end, "expected ')' but found end of text");
    }

    /// <summary>Returns the index after the quoted string starting at <paramref name="quote"/>.</summary>
    private static int SkipQuoted(string text, int quote, int to)
    {
        var i = quote + 1;
        while (true)
        {
            if (i >= to)
            {
                throw new QueryParseException(Option, quote, "unclosed string literal: expected a closing ''' but found end of text");
            }

            if (text[i] != '\'')
            {
                i++;
            }
            else if (i + 1 < to && text[i + 1] == '\'')
            {
                i += 2;
            }
            else
            {
                return i + 1;
            }
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string Found(string text, int index) => index >= text.Length ? "end of text" : $"'{text[index]}'";
}
