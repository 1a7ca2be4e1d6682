namespace SmartRegion.SensorThings.Query;

/// <summary>Bounds that keep hostile query strings cheap to reject.</summary>
/// <param name="MaxTop">The largest allowed $top.</param>
/// <param name="MaxDepth">The deepest nesting of parentheses, function calls and prefix operators in one expression.</param>
/// <param name="MaxLength">The longest allowed text of one query option.</param>
/// <param name="MaxExpandDepth">The deepest $expand, counting every segment of a navigation path.</param>
public sealed record QueryLimits(int MaxTop = 10_000, int MaxDepth = 64, int MaxLength = 16_384, int MaxExpandDepth = 8)
{
    public static readonly QueryLimits Default = new();
}

/// <summary>Parses the query options of the OGC SensorThings API 1.1 (an OData 4 subset) into <see cref="QueryOptions"/>.</summary>
public static class QueryOptionsParser
{
    /// <summary>
    /// Parses <c>$filter</c>, <c>$select</c>, <c>$expand</c>, <c>$orderby</c>, <c>$top</c>, <c>$skip</c>, <c>$count</c>
    /// and <c>$resultFormat</c> from already URL-decoded query parameters. Parameters without '$' belong to someone
    /// else and are ignored; an unknown '$' parameter is an error rather than silently changing the result.
    /// </summary>
    /// <exception cref="QueryParseException">Any option is malformed, unknown, repeated or beyond <paramref name="limits"/>.</exception>
    public static QueryOptions Parse(IEnumerable<KeyValuePair<string, string>> parameters, QueryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        var builder = new QueryOptionsBuilder(limits, expandDepth: 0, nested: false);
        foreach (var (name, value) in parameters)
        {
            if (name is null || !name.StartsWith('$'))
            {
                continue;
            }

            builder.Apply(name, value ?? string.Empty);
        }

        return builder.Build();
    }

    /// <summary>Parses the text of a <c>$filter</c> option.</summary>
    /// <exception cref="QueryParseException">The text is not a valid expression or is beyond <paramref name="limits"/>.</exception>
    public static Expression ParseFilter(string text, QueryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        return new ExpressionParser(text, QueryOptionsBuilder.Filter, limits).ParseWhole();
    }
}
