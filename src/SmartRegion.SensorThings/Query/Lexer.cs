namespace SmartRegion.SensorThings.Query;

/// <summary>Splits the text of one query option into tokens; every malformed token is a <see cref="QueryParseException"/>.</summary>
internal static class Lexer
{
    private const string IotId = "@iot.id";

    public static List<Token> Tokenize(string text, string option)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            var whitespaceStart = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            // The start of the text counts as a separator, so a leading 'not' needs no space before it.
            var spaceBefore = i > whitespaceStart || tokens.Count == 0;
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty, null, spaceBefore));
                return tokens;
            }

            var token = ReadToken(text, i, option, spaceBefore);
            tokens.Add(token);
            i = token.End;
        }
    }

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static Token ReadToken(string text, int start, string option, bool spaceBefore)
    {
        var c = text[start];
        var punctuation = c switch
        {
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            ',' => TokenKind.Comma,
            '/' => TokenKind.Slash,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            '-' => TokenKind.Minus,
            _ => TokenKind.End,
        };
        if (punctuation != TokenKind.End)
        {
            return new Token(punctuation, start, 1, c.ToString(), null, spaceBefore);
        }

        if (c == '\'')
        {
            var (value, end) = ReadQuoted(text, start, option);
            return new Token(TokenKind.String, start, end - start, text[start..end], value, spaceBefore);
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumberOrDateTime(text, start, option, spaceBefore);
        }

        if (IsIdentifierStart(c))
        {
            return ReadIdentifierOrTypedLiteral(text, start, option, spaceBefore);
        }

        if (c == '@' && text.AsSpan(start).StartsWith(IotId, StringComparison.Ordinal)
            && (start + IotId.Length == text.Length || !IsIdentifierPart(text[start + IotId.Length])))
        {
            return new Token(TokenKind.Identifier, start, IotId.Length, IotId, null, spaceBefore);
        }

        var shown = char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}'";
        var hint = c == '@' ? "; only '@iot.id' may contain '@'" : string.Empty;
        throw new QueryParseException(option, start, $"unexpected character {shown}{hint}");
    }

    /// <summary>Reads <c>'...'</c> with <c>''</c> as an escaped quote; returns the unescaped value and the index after the closing quote.</summary>
    internal static (string Value, int End) ReadQuoted(string text, int start, string option)
    {
        var builder = new System.Text.StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new QueryParseException(option, start, "unclosed string literal: expected a closing ''' but found end of text");
            }

            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i += 2;
                    continue;
                }

                return (builder.ToString(), i + 1);
            }

            builder.Append(text[i]);
            i++;
        }
    }

    private static Token ReadIdentifierOrTypedLiteral(string text, int start, string option, bool spaceBefore)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            // A dot joins two names only in function names like geo.distance; the parser rejects it in properties.
            if (IsIdentifierPart(text[i]) || (text[i] == '.' && i + 1 < text.Length && IsIdentifierStart(text[i + 1])))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var name = text[start..i];
        if (i < text.Length && text[i] == '\''
            && (name.Equals("duration", StringComparison.Ordinal) || name.Equals("geography", StringComparison.Ordinal)))
        {
            var (body, end) = ReadQuoted(text, i, option);
            var bodyStart = i + 1;
            object value;
            TokenKind kind;
            if (name.Equals("duration", StringComparison.Ordinal))
            {
                kind = TokenKind.Duration;
                value = LiteralText.ParseDuration(body, bodyStart, option);
            }
            else
            {
                kind = TokenKind.Geography;
                WktValidator.Validate(body, bodyStart, option);
                value = body;
            }

            return new Token(kind, start, end - start, text[start..end], value, spaceBefore);
        }

        return new Token(TokenKind.Identifier, start, i - start, name, null, spaceBefore);
    }

    private static Token ReadNumberOrDateTime(string text, int start, string option, bool spaceBefore)
    {
        var i = SkipDigits(text, start);
        if (i - start == 4 && i < text.Length && text[i] == '-')
        {
            var (value, end) = LiteralText.ReadDateOrDateTime(text, start, option);
            return new Token(value is DateOnly ? TokenKind.Date : TokenKind.DateTime, start, end - start, text[start..end], value, spaceBefore);
        }

        // ':' has no other use in the language, so two digits and a colon can only start a time of day.
        if (i - start == 2 && i < text.Length && text[i] == ':')
        {
            var (value, end) = LiteralText.ReadTimeOfDay(text, start, option);
            return new Token(TokenKind.TimeOfDay, start, end - start, text[start..end], value, spaceBefore);
        }

        var kind = TokenKind.Integer;
        if (i < text.Length && text[i] == '.')
        {
            if (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            {
                throw new QueryParseException(option, i + 1, $"bad number '{text[start..(i + 1)]}': expected a digit after '.' but found {Found(text, i + 1)}");
            }

            i = SkipDigits(text, i + 1);
            kind = TokenKind.Decimal;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var exponent = i + 1;
            if (exponent < text.Length && (text[exponent] == '+' || text[exponent] == '-'))
            {
                exponent++;
            }

            if (exponent >= text.Length || !char.IsAsciiDigit(text[exponent]))
            {
                throw new QueryParseException(option, exponent, $"bad number '{text[start..exponent]}': expected exponent digits but found {Found(text, exponent)}");
            }

            i = SkipDigits(text, exponent);
            kind = TokenKind.Decimal;
        }

        if (i < text.Length && (IsIdentifierPart(text[i]) || text[i] == '.'))
        {
            throw new QueryParseException(option, i, $"bad number '{Token.Shorten(text[start..(i + 1)])}': unexpected '{text[i]}' after the digits");
        }

        return new Token(kind, start, i - start, text[start..i], null, spaceBefore);
    }

    internal static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    internal static string Found(string text, int i) => i >= text.Length ? "end of text" : $"'{text[i]}'";
}
