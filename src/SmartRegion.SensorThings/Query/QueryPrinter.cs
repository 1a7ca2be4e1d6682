using System.Globalization;
using System.Text;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Writes the AST back as query text in one canonical form: minimal parentheses, single spaces around operators,
/// lower-case keywords. Parsing the printed text and printing again gives the same text, which makes the output
/// usable for cache keys, logs and nextLink URLs (the caller URL-encodes it).
/// </summary>
public static class QueryPrinter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;
    private const int ComparisonLevel = 4;
    private const int AdditiveLevel = 5;
    private const int MultiplicativeLevel = 6;
    private const int NegateLevel = 7;
    private const int PrimaryLevel = 8;

    public static string Print(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    /// <summary>Prints the options in a fixed order, separated by '&amp;' (not URL-encoded).</summary>
    public static string Print(QueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PrintOptions(options, '&');
    }

    private static string PrintOptions(QueryOptions options, char separator)
    {
        var parts = new List<string>();
        if (options.Filter is { } filter)
        {
            parts.Add("$filter=" + Print(filter));
        }

        if (options.Select is { } select)
        {
            parts.Add("$select=" + string.Join(',', select.Select(Print)));
        }

        if (options.Expand.Count > 0)
        {
            parts.Add("$expand=" + string.Join(',', options.Expand.Select(PrintExpandItem)));
        }

        if (options.OrderBy.Count > 0)
        {
            parts.Add("$orderby=" + string.Join(',', options.OrderBy.Select(item => Print(item.Expression) + (item.Descending ? " desc" : string.Empty))));
        }

        if (options.Top is { } top)
        {
            parts.Add("$top=" + top.ToString(CultureInfo.InvariantCulture));
        }

        if (options.Skip is { } skip)
        {
            parts.Add("$skip=" + skip.ToString(CultureInfo.InvariantCulture));
        }

        if (options.Count is { } count)
        {
            parts.Add(count ? "$count=true" : "$count=false");
        }

        if (options.ResultFormat is { } resultFormat)
        {
            parts.Add("$resultFormat=" + resultFormat);
        }

        return string.Join(separator, parts);
    }

    private static string PrintExpandItem(ExpandItem item)
    {
        var path = string.Join('/', item.Path);
        var inner = PrintOptions(item.Options, ';');
        return inner.Length == 0 ? path : $"{path}({inner})";
    }

    private static void Write(StringBuilder builder, Expression expression)
    {
        switch (expression)
        {
            case Binary binary:
                WriteBinary(builder, binary);
                break;
            case Unary { Operator: UnaryOperator.Not } not:
                builder.Append("not ");
                WriteOperand(builder, not.Operand, Level(not.Operand) < NotLevel);
                break;
            case Unary negate:
                // "-5" would read back as the literal -5, so a negated number keeps a space to stay a negation.
                builder.Append(negate.Operand is Literal { Kind: LiteralKind.Integer or LiteralKind.Decimal } ? "- " : "-");
                WriteOperand(builder, negate.Operand, Level(negate.Operand) < NegateLevel);
                break;
            case Literal literal:
                WriteLiteral(builder, literal);
                break;
            case PropertyPath path:
                WritePath(builder, path);
                break;
            case FunctionCall call:
                builder.Append(call.Name).Append('(');
                for (var i = 0; i < call.Arguments.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(builder, call.Arguments[i]);
                }

                builder.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown expression type {expression.GetType().Name}.", nameof(expression));
        }
    }

    /// <summary>
    /// Writes a binary operator and the chain of same-level operators on its left in a loop, so a long
    /// <c>a or b or c …</c> does not recurse once per term.
    /// </summary>
    private static void WriteBinary(StringBuilder builder, Binary binary)
    {
        var level = Level(binary);
        var chain = new Stack<Binary>();
        chain.Push(binary);
        while (level != ComparisonLevel && chain.Peek().Left is Binary left && Level(left) == level)
        {
            chain.Push(left);
        }

        // Comparisons do not associate, so a comparison on the left of another needs parentheses too.
        var leftmost = chain.Peek().Left;
        var leftLevel = Level(leftmost);
        WriteOperand(builder, leftmost, leftLevel < level || (level == ComparisonLevel && leftLevel == level));
        while (chain.Count > 0)
        {
            var current = chain.Pop();
            builder.Append(' ').Append(Keyword(current.Operator)).Append(' ');
            WriteOperand(builder, current.Right, Level(current.Right) <= level);
        }
    }

    private static void WriteOperand(StringBuilder builder, Expression operand, bool parenthesize)
    {
        if (parenthesize)
        {
            builder.Append('(');
            Write(builder, operand);
            builder.Append(')');
        }
        else
        {
            Write(builder, operand);
        }
    }

    private static void WritePath(StringBuilder builder, PropertyPath path)
    {
        for (var i = 0; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            if (segment.Index is { } index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append(i == 0 ? string.Empty : "/").Append(segment.Name);
            }
        }
    }

    private static void WriteLiteral(StringBuilder builder, Literal literal)
    {
        var value = literal.Value;
        switch (literal.Kind)
        {
            case LiteralKind.Null:
                builder.Append("null");
                break;
            case LiteralKind.Boolean:
                builder.Append(Convert.ToBoolean(value, CultureInfo.InvariantCulture) ? "true" : "false");
                break;
            case LiteralKind.Integer:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case LiteralKind.Decimal:
                builder.Append(FormatDecimal(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case LiteralKind.String:
                AppendQuoted(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            case LiteralKind.DateTime:
                builder.Append(LiteralText.FormatDateTime((DateTimeOffset)value!));
                break;
            case LiteralKind.Date:
                builder.Append(LiteralText.FormatDate((DateOnly)value!));
                break;
            case LiteralKind.TimeOfDay:
                builder.Append(LiteralText.FormatTimeOfDay((TimeOnly)value!));
                break;
            case LiteralKind.Duration:
                builder.Append("duration");
                AppendQuoted(builder, LiteralText.FormatDuration((TimeSpan)value!));
                break;
            case LiteralKind.Geography:
                builder.Append("geography");
                AppendQuoted(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            default:
                throw new ArgumentException($"Unknown literal kind {literal.Kind}.", nameof(literal));
        }
    }

    private static string FormatDecimal(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The decimal literal {value} has no text form.", nameof(value));
        }

        // Keep a '.' or exponent so the text reads back as a decimal, not an integer.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void AppendQuoted(StringBuilder builder, string value) =>
        builder.Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'');

    private static int Level(Expression expression) => expression switch
    {
        Binary binary => binary.Operator switch
        {
            BinaryOperator.Or => OrLevel,
            BinaryOperator.And => AndLevel,
            BinaryOperator.Add or BinaryOperator.Subtract => AdditiveLevel,
            BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => MultiplicativeLevel,
            _ => ComparisonLevel,
        },
        Unary { Operator: UnaryOperator.Not } => NotLevel,
        Unary => NegateLevel,
        _ => PrimaryLevel,
    };

    private static string Keyword(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "eq",
        BinaryOperator.NotEqual => "ne",
        BinaryOperator.GreaterThan => "gt",
        BinaryOperator.GreaterOrEqual => "ge",
        BinaryOperator.LessThan => "lt",
        BinaryOperator.LessOrEqual => "le",
        BinaryOperator.Add => "add",
        BinaryOperator.Subtract => "sub",
        BinaryOperator.Multiply => "mul",
        BinaryOperator.Divide => "div",
        BinaryOperator.Modulo => "mod",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };
}
