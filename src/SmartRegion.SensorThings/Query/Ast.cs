namespace SmartRegion.SensorThings.Query;

/// <summary>
/// The parsed form of a SensorThings request's query options. Everything below is data only: the parser builds
/// it, the SQL translator (per database dialect) reads it, and <c>QueryPrinter</c> writes it back as text.
/// </summary>
public sealed record QueryOptions
{
    public static readonly QueryOptions Empty = new();

    public Expression? Filter { get; init; }

    /// <summary>Null when no $select was given (all properties).</summary>
    public IReadOnlyList<PropertyPath>? Select { get; init; }

    public IReadOnlyList<ExpandItem> Expand { get; init; } = [];

    public IReadOnlyList<OrderItem> OrderBy { get; init; } = [];

    public int? Top { get; init; }

    public int? Skip { get; init; }

    public bool? Count { get; init; }

    /// <summary>The value of $resultFormat (for example <c>dataArray</c>), or null.</summary>
    public string? ResultFormat { get; init; }
}

/// <summary>One $expand entry: a navigation path (<c>Datastreams/Observations</c>) and the options for its last segment.</summary>
public sealed record ExpandItem(IReadOnlyList<string> Path, QueryOptions Options);

public sealed record OrderItem(Expression Expression, bool Descending);

/// <summary>Where an expression started in the option's text (0-based character offset), for error messages.</summary>
public abstract record Expression(int Position);

/// <summary>
/// A property, possibly through navigation (<c>Datastream/Thing/name</c>) and into JSON
/// (<c>properties/owner/name</c>, <c>properties/list[0]</c>). Segments are as written; array indexes are
/// their own <see cref="PathSegment"/> with <see cref="PathSegment.Index"/> set.
/// </summary>
public sealed record PropertyPath(IReadOnlyList<PathSegment> Segments, int Position) : Expression(Position)
{
    public override string ToString() => string.Join('/', Segments);
}

/// <summary>A name, or an array index (<c>[3]</c>) when <see cref="Index"/> is set and <see cref="Name"/> is empty.</summary>
public sealed record PathSegment(string Name, int? Index = null)
{
    public override string ToString() => Index is { } index ? $"[{index}]" : Name;
}

#pragma warning disable CA1720 // The members name the literal kinds of the query language, which happen to be type names.
public enum LiteralKind
{
    Null,
    Boolean,
    Integer,
    Decimal,
    String,
    DateTime,
    Date,
    TimeOfDay,
    Duration,
    Geography,
}
#pragma warning restore CA1720

/// <summary>
/// A constant. Value by kind: Null → null; Boolean → bool; Integer → long; Decimal → double; String → string;
/// DateTime → DateTimeOffset; Date (<c>2024-05-01</c>) → DateOnly; TimeOfDay (<c>12:00:00</c>) → TimeOnly;
/// Duration → TimeSpan; Geography → the WKT text inside <c>geography'…'</c>.
/// </summary>
public sealed record Literal(LiteralKind Kind, object? Value, int Position) : Expression(Position);

public enum UnaryOperator
{
    Not,
    Negate,
}

public sealed record Unary(UnaryOperator Operator, Expression Operand, int Position) : Expression(Position);

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}

public sealed record Binary(BinaryOperator Operator, Expression Left, Expression Right, int Position) : Expression(Position);

/// <summary>A function call; <see cref="Name"/> is lower case as in the spec (<c>substringof</c>, <c>geo.distance</c>, <c>st_within</c>).</summary>
public sealed record FunctionCall(string Name, IReadOnlyList<Expression> Arguments, int Position) : Expression(Position);

/// <summary>A query option that cannot be parsed: which option, where in its text, and what is wrong.</summary>
public sealed class QueryParseException(string option, int position, string message)
    : Exception($"{option}: {message} (at character {position + 1})")
{
    public string Option { get; } = option;

    public int Position { get; } = position;

    public string Reason { get; } = message;
}
