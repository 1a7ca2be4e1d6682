using System.Globalization;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Collects options one by one, for the request itself and for the options inside an <c>$expand</c> item, so both
/// follow the same rules.
/// </summary>
internal sealed class QueryOptionsBuilder(QueryLimits limits, int expandDepth, bool nested)
{
    public const string Filter = "$filter";
    public const string Select = "$select";
    public const string Expand = "$expand";
    public const string OrderBy = "$orderby";
    public const string Top = "$top";
    public const string Skip = "$skip";
    public const string Count = "$count";
    public const string ResultFormat = "$resultFormat";

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private QueryOptions options = QueryOptions.Empty;

    private static readonly string[] NestedNames = [Filter, Select, Expand, OrderBy, Top, Skip, Count];
    private static readonly string[] TopLevelNames = [.. NestedNames, ResultFormat];

    private string[] KnownNames => nested ? NestedNames : TopLevelNames;

    private string KnownOptions => string.Join(", ", KnownNames[..^1]) + " or " + KnownNames[^1];

    public void Apply(string name, string value)
    {
        CheckName(name);
        ApplyValue(name, value);
    }

    /// <summary>Rejects unknown and repeated options; positions in the exception are relative to the name.</summary>
    public void CheckName(string name)
    {
        if (!IsKnown(name))
        {
            var hint = KnownNames.Any(known => known.Equals(name, StringComparison.OrdinalIgnoreCase))
                ? " (option names are case-sensitive)"
                : string.Empty;
            throw new QueryParseException(name, 0, $"unknown query option '{Token.Shorten(name)}'{hint}; expected {KnownOptions}");
        }

        if (!seen.Add(name))
        {
            throw new QueryParseException(name, 0, $"{name} is given more than once");
        }
    }

    /// <summary>Parses the value of a known option; positions in the exception are relative to the value.</summary>
    public void ApplyValue(string name, string value)
    {
        if (value.Length > limits.MaxLength)
        {
            throw new QueryParseException(name, limits.MaxLength, $"the text is {value.Length} characters long; the maximum is {limits.MaxLength}");
        }

        options = name switch
        {
            Filter => options with { Filter = new ExpressionParser(value, name, limits).ParseWhole() },
            Select => options with { Select = new ExpressionParser(value, name, limits).ParseSelect() },
            Expand => options with { Expand = ExpandParser.Parse(value, limits, expandDepth) },
            OrderBy => options with { OrderBy = new ExpressionParser(value, name, limits).ParseOrderBy() },
            Top => options with { Top = ParseCount(name, value, limits.MaxTop) },
            Skip => options with { Skip = ParseCount(name, value, int.MaxValue) },
            Count => options with { Count = ParseBoolean(name, value) },
            _ => options with { ResultFormat = ParseResultFormat(name, value) },
        };
    }

    public QueryOptions Build() => options;

    private bool IsKnown(string name) => Array.IndexOf(KnownNames, name) >= 0;

    private static int ParseCount(string name, string value, int max)
    {
        var digits = Lexer.SkipDigits(value, 0);
        if (value.Length == 0 || digits < value.Length)
        {
            throw new QueryParseException(name, digits, $"expected a non-negative whole number but found {Found(value, digits)}");
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > max)
        {
            throw new QueryParseException(name, 0, $"{name} is {Token.Shorten(value)}; the maximum is {max}");
        }

        return count;
    }

    private static bool ParseBoolean(string name, string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new QueryParseException(name, 0, $"expected 'true' or 'false' but found {Found(value, 0)}"),
    };

    private static string ParseResultFormat(string name, string value)
    {
        var i = 0;
        while (i < value.Length && (i == 0 ? Lexer.IsIdentifierStart(value[i]) : Lexer.IsIdentifierPart(value[i])))
        {
            i++;
        }

        if (value.Length == 0 || i < value.Length)
        {
            throw new QueryParseException(name, i, $"expected a result format name like 'dataArray' but found {Found(value, i)}");
        }

        return value;
    }

    private static string Found(string value, int index) =>
        index >= value.Length ? "end of text" : $"'{Token.Shorten(value[index..])}'";
}
