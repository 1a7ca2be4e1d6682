namespace SmartRegion.SensorThings.Query;

internal enum TokenKind
{
    End,
    Identifier,
    Integer,
    Decimal,
    String,
    DateTime,
    Date,
    TimeOfDay,
    Duration,
    Geography,
    OpenParen,
    CloseParen,
    Comma,
    Slash,
    OpenBracket,
    CloseBracket,
    Minus,
}

/// <summary>
/// One lexical unit. Numbers keep only their text: the parser applies a directly preceding '-' before the range
/// check, so that the smallest long can be written. <see cref="SpaceBefore"/> lets the parser insist on whitespace
/// around operator keywords and on none inside paths and function calls.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Position, int Length, string Text, object? Value, bool SpaceBefore)
{
    public int End => Position + Length;

    public bool IsIdentifier(string name) => Kind == TokenKind.Identifier && string.Equals(Text, name, StringComparison.Ordinal);

    /// <summary>How the token reads in an error message ("... but found &lt;this&gt;").</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of text",
        TokenKind.Identifier => $"'{Shorten(Text)}'",
        TokenKind.Integer or TokenKind.Decimal => $"number {Shorten(Text)}",
        TokenKind.String => $"string {Shorten(Text)}",
        TokenKind.DateTime => $"date-time {Shorten(Text)}",
        TokenKind.Date => $"date {Shorten(Text)}",
        TokenKind.TimeOfDay => $"time of day {Shorten(Text)}",
        TokenKind.Duration => "duration literal",
        TokenKind.Geography => "geography literal",
        _ => $"'{Text}'",
    };

    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
