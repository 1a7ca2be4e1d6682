using System.Runtime.CompilerServices;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Recursive descent over the tokens of one option ($filter, $orderby or $select). Each level of parentheses,
/// function call or prefix operator is counted, so hostile input ends in a <see cref="QueryParseException"/>
/// long before the stack runs out; operator chains (<c>a or b or c …</c>) are built in loops and need no depth.
/// </summary>
internal sealed partial class ExpressionParser
{
    private static readonly Dictionary<string, BinaryOperator> OperatorKeywords = new(StringComparer.Ordinal)
    {
        ["or"] = BinaryOperator.Or,
        ["and"] = BinaryOperator.And,
        ["eq"] = BinaryOperator.Equal,
        ["ne"] = BinaryOperator.NotEqual,
        ["gt"] = BinaryOperator.GreaterThan,
        ["ge"] = BinaryOperator.GreaterOrEqual,
        ["lt"] = BinaryOperator.LessThan,
        ["le"] = BinaryOperator.LessOrEqual,
        ["add"] = BinaryOperator.Add,
        ["sub"] = BinaryOperator.Subtract,
        ["mul"] = BinaryOperator.Multiply,
        ["div"] = BinaryOperator.Divide,
        ["mod"] = BinaryOperator.Modulo,
    };

    private readonly List<Token> tokens;
    private readonly string option;
    private readonly int maxDepth;
    private int index;
    private int depth;

    public ExpressionParser(string text, string option, QueryLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            throw new QueryParseException(option, limits.MaxLength, $"the text is {text.Length} characters long; the maximum is {limits.MaxLength}");
        }

        this.option = option;
        maxDepth = limits.MaxDepth;
        tokens = Lexer.Tokenize(text, option);
    }

    private Token Current => tokens[index];

    public Expression ParseWhole()
    {
        var expression = ParseOr();
        Expect(TokenKind.End, "an operator or end of text");
        return expression;
    }

    public List<OrderItem> ParseOrderBy()
    {
        var items = new List<OrderItem>();
        while (true)
        {
            var expression = ParseOr();
            var descending = false;
            if (Current.SpaceBefore && (Current.IsIdentifier("asc") || Current.IsIdentifier("desc")))
            {
                descending = Current.IsIdentifier("desc");
                index++;
            }

            items.Add(new OrderItem(expression, descending));
            if (Current.Kind != TokenKind.Comma)
            {
                Expect(TokenKind.End, "'asc', 'desc', ',' or end of text");
                return items;
            }

            index++;
        }
    }

    public List<PropertyPath> ParseSelect()
    {
        var paths = new List<PropertyPath>();
        while (true)
        {
            if (Current.Kind != TokenKind.Identifier)
            {
                throw Error(Current.Position, $"expected a property name but found {Current.Describe()}");
            }

            var name = Current;
            index++;
            if (Current.Kind == TokenKind.OpenParen && !Current.SpaceBefore)
            {
                throw Error(name.Position, $"expected a property but found function call '{name.Text}(': $select takes no functions");
            }

            paths.Add(ParsePath(name));
            if (Current.Kind != TokenKind.Comma)
            {
                Expect(TokenKind.End, "',' or end of text");
                return paths;
            }

            index++;
        }
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (TryOperator(BinaryOperator.Or, BinaryOperator.Or, out var op))
        {
            left = new Binary(op, left, ParseAnd(), left.Position);
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (TryOperator(BinaryOperator.And, BinaryOperator.And, out var op))
        {
            left = new Binary(op, left, ParseNot(), left.Position);
        }

        return left;
    }

    private Expression ParseNot()
    {
        if (!Current.IsIdentifier("not"))
        {
            return ParseComparison();
        }

        var not = Current;
        index++;
        if (Current.Kind is not (TokenKind.End or TokenKind.OpenParen) && !Current.SpaceBefore)
        {
            throw Error(Current.Position, $"expected whitespace or '(' after 'not' but found {Current.Describe()}");
        }

        Enter(not.Position);
        var operand = ParseNot();
        depth--;
        return new Unary(UnaryOperator.Not, operand, not.Position);
    }

    private Expression ParseComparison()
    {
        var left = ParseAdditive();
        if (!TryOperator(BinaryOperator.Equal, BinaryOperator.LessOrEqual, out var op))
        {
            return left;
        }

        var result = new Binary(op, left, ParseAdditive(), left.Position);
        if (IsOperator(Current, BinaryOperator.Equal, BinaryOperator.LessOrEqual))
        {
            throw Error(Current.Position, $"comparisons cannot be chained: found '{Current.Text}' after a comparison; use parentheses, 'and' or 'or'");
        }

        return result;
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (TryOperator(BinaryOperator.Add, BinaryOperator.Subtract, out var op))
        {
            left = new Binary(op, left, ParseMultiplicative(), left.Position);
        }

        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (TryOperator(BinaryOperator.Multiply, BinaryOperator.Modulo, out var op))
        {
            left = new Binary(op, left, ParseUnary(), left.Position);
        }

        return left;
    }

    private Expression ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePrimary();
        }

        var minus = Current;
        index++;

        // "-5" is a negative literal (so the smallest long can be written); "- 5" and "-x" negate.
        if (Current.Kind is TokenKind.Integer or TokenKind.Decimal && Current.Position == minus.End)
        {
            var number = Current;
            index++;
            return NumberLiteral("-" + number.Text, minus.Position);
        }

        Enter(minus.Position);
        var operand = ParseUnary();
        depth--;
        return new Unary(UnaryOperator.Negate, operand, minus.Position);
    }

    /// <summary>Consumes a binary operator between <paramref name="lowest"/> and <paramref name="highest"/> (enum order).</summary>
    private bool TryOperator(BinaryOperator lowest, BinaryOperator highest, out BinaryOperator op)
    {
        op = default;
        if (!IsOperator(Current, lowest, highest))
        {
            return false;
        }

        var token = Current;
        if (!token.SpaceBefore)
        {
            throw Error(token.Position, $"expected whitespace before '{token.Text}'");
        }

        index++;
        if (Current.Kind != TokenKind.End && !Current.SpaceBefore)
        {
            throw Error(Current.Position, $"expected whitespace after '{token.Text}' but found {Current.Describe()}");
        }

        op = OperatorKeywords[token.Text];
        return true;
    }

    private static bool IsOperator(Token token, BinaryOperator lowest, BinaryOperator highest) =>
        token.Kind == TokenKind.Identifier
        && OperatorKeywords.TryGetValue(token.Text, out var op)
        && op >= lowest
        && op <= highest;

    private void Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Error(Current.Position, $"expected {expected} but found {Current.Describe()}");
        }

        index++;
    }

    private void Enter(int position)
    {
        depth++;

        // The stack probe guards callers that raise MaxDepth far beyond what their thread's stack can take.
        if (depth > maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(position, $"the expression is nested too deeply (more than {maxDepth} levels of parentheses, functions or prefix operators)");
        }
    }

    private QueryParseException Error(int position, string message) => new(option, position, message);
}
