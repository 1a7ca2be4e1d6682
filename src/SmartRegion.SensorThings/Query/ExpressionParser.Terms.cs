using System.Globalization;

namespace SmartRegion.SensorThings.Query;

/// <summary>The operands: literals, parentheses, function calls and property paths.</summary>
internal sealed partial class ExpressionParser
{
    private Expression ParsePrimary()
    {
        var token = Current;
        index++;
        switch (token.Kind)
        {
            case TokenKind.OpenParen:
                Enter(token.Position);
                var inner = ParseOr();
                Expect(TokenKind.CloseParen, "')'");
                depth--;
                return inner;
            case TokenKind.Integer or TokenKind.Decimal:
                return NumberLiteral(token.Text, token.Position);
            case TokenKind.String:
                return new Literal(LiteralKind.String, token.Value, token.Position);
            case TokenKind.DateTime:
                return new Literal(LiteralKind.DateTime, token.Value, token.Position);
            case TokenKind.Date:
                return new Literal(LiteralKind.Date, token.Value, token.Position);
            case TokenKind.TimeOfDay:
                return new Literal(LiteralKind.TimeOfDay, token.Value, token.Position);
            case TokenKind.Duration:
                return new Literal(LiteralKind.Duration, token.Value, token.Position);
            case TokenKind.Geography:
                return new Literal(LiteralKind.Geography, token.Value, token.Position);
            case TokenKind.Identifier:
                return ParseIdentifier(token);
            default:
                throw Error(token.Position, $"expected an expression but found {token.Describe()}");
        }
    }

    private Expression ParseIdentifier(Token name)
    {
        if (Current.Kind == TokenKind.OpenParen && !Current.SpaceBefore)
        {
            return ParseCall(name);
        }

        switch (name.Text)
        {
            case "null":
                return new Literal(LiteralKind.Null, null, name.Position);
            case "true":
                return new Literal(LiteralKind.Boolean, true, name.Position);
            case "false":
                return new Literal(LiteralKind.Boolean, false, name.Position);
        }

        if (OperatorKeywords.ContainsKey(name.Text))
        {
            throw Error(name.Position, $"expected an expression but found operator '{name.Text}'");
        }

        return ParsePath(name);
    }

    private FunctionCall ParseCall(Token name)
    {
        if (!Functions.TryGetArity(name.Text, out var arity))
        {
            var hint = Functions.TryGetArity(name.Text.ToLowerInvariant(), out _) ? "; function names are lower case" : string.Empty;
            throw Error(name.Position, $"unknown function '{Token.Shorten(name.Text)}'{hint}");
        }

        Enter(name.Position);
        index++;
        var arguments = new List<Expression>();
        if (Current.Kind == TokenKind.CloseParen)
        {
            index++;
        }
        else
        {
            while (true)
            {
                arguments.Add(ParseOr());
                if (Current.Kind == TokenKind.Comma)
                {
                    index++;
                    continue;
                }

                Expect(TokenKind.CloseParen, "',' or ')'");
                break;
            }
        }

        depth--;
        if (arguments.Count < arity.Min || arguments.Count > arity.Max)
        {
            throw Error(name.Position, $"function '{name.Text}' takes {Functions.DescribeArity(arity)} but was given {arguments.Count}");
        }

        return new FunctionCall(name.Text, arguments, name.Position);
    }

    /// <summary>Reads the rest of a path whose first name is <paramref name="first"/> (already consumed).</summary>
    private PropertyPath ParsePath(Token first)
    {
        var segments = new List<PathSegment> { NameSegment(first) };
        while (!Current.SpaceBefore)
        {
            if (Current.Kind == TokenKind.Slash)
            {
                index++;
                if (Current.Kind != TokenKind.Identifier || Current.SpaceBefore)
                {
                    throw Error(Current.Position, $"expected a property name after '/' but found {Current.Describe()}");
                }

                segments.Add(NameSegment(Current));
                index++;
            }
            else if (Current.Kind == TokenKind.OpenBracket)
            {
                index++;
                var number = Current;
                if (number.Kind != TokenKind.Integer
                    || !int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var arrayIndex))
                {
                    throw Error(number.Position, $"expected a non-negative array index but found {number.Describe()}");
                }

                index++;
                Expect(TokenKind.CloseBracket, "']'");
                segments.Add(new PathSegment(string.Empty, arrayIndex));
            }
            else
            {
                break;
            }
        }

        return new PropertyPath(segments, first.Position);
    }

    private PathSegment NameSegment(Token name)
    {
        if (name.Text.Contains('.', StringComparison.Ordinal) && !name.IsIdentifier("@iot.id"))
        {
            var hint = Functions.TryGetArity(name.Text, out _) ? $"; '{name.Text}' is a function and needs '(' right after its name" : string.Empty;
            throw Error(name.Position, $"'{Token.Shorten(name.Text)}' is not a valid property name{hint}");
        }

        return new PathSegment(name.Text);
    }

    private Literal NumberLiteral(string text, int position)
    {
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? new Literal(LiteralKind.Integer, integer, position)
                : throw Error(position, $"integer {Token.Shorten(text)} is out of range (it must fit in 64 bits)");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? new Literal(LiteralKind.Decimal, number, position)
            : throw Error(position, $"number {Token.Shorten(text)} is out of range");
    }
}
