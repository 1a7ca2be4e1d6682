using System.Globalization;

namespace SmartRegion.SensorThings.Query;

/// <summary>
/// Checks the WKT inside <c>geography'…'</c> before it reaches a database, so a typo is reported at its position
/// instead of as a database error. Only the structure is checked (type, parentheses, numeric coordinates), not
/// geometric validity such as closed rings.
/// </summary>
internal static class WktValidator
{
    // Nesting of coordinate lists per type; MULTIPOINT may be written with or without parentheses around each point.
    private static readonly (string Name, int Depth)[] GeometryTypes =
    [
        ("POINT", 1),
        ("LINESTRING", 1),
        ("POLYGON", 2),
        ("MULTIPOINT", 1),
        ("MULTILINESTRING", 2),
        ("MULTIPOLYGON", 3),
    ];

    private const string TypeList = "POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING or MULTIPOLYGON";

    public static void Validate(string wkt, int bodyStart, string option)
    {
        var reader = new Reader(wkt, bodyStart, option);
        reader.SkipSpace();
        var typeStart = reader.Index;
        var type = reader.ReadWord();
        var depth = 0;
        foreach (var (name, typeDepth) in GeometryTypes)
        {
            if (type.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                depth = typeDepth;
            }
        }

        if (depth == 0)
        {
            throw reader.Error(typeStart, $"expected a WKT geometry type ({TypeList}) but found {(type.Length == 0 ? reader.Found() : $"'{type}'")}");
        }

        reader.SkipSpace();
        var modifierStart = reader.Index;
        var word = reader.ReadWord();
        if (word is "Z" or "M" or "ZM" or "z" or "m" or "zm")
        {
            reader.SkipSpace();
            modifierStart = reader.Index;
            word = reader.ReadWord();
        }

        if (word.Equals("EMPTY", StringComparison.OrdinalIgnoreCase))
        {
            reader.ExpectEnd();
            return;
        }

        if (word.Length > 0)
        {
            throw reader.Error(modifierStart, $"expected '(' or EMPTY after {type} but found '{word}'");
        }

        if (type.Equals("MULTIPOINT", StringComparison.OrdinalIgnoreCase) && reader.PointsAreParenthesized())
        {
            depth = 2;
        }

        reader.ReadList(depth);
        reader.ExpectEnd();
    }

    private sealed class Reader(string text, int bodyStart, string option)
    {
        private const int MinCoordinates = 2;
        private const int MaxCoordinates = 4;

        public int Index { get; private set; }

        public void SkipSpace()
        {
            while (Index < text.Length && char.IsWhiteSpace(text[Index]))
            {
                Index++;
            }
        }

        public string ReadWord()
        {
            var start = Index;
            while (Index < text.Length && char.IsAsciiLetter(text[Index]))
            {
                Index++;
            }

            return text[start..Index];
        }

        public bool PointsAreParenthesized()
        {
            var i = Index + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return Index < text.Length && text[Index] == '(' && i < text.Length && text[i] == '(';
        }

        /// <summary>Reads <c>( item, item, … )</c> where items are coordinates at depth 1, else lists one level down.</summary>
        /// <remarks>Recursion is bounded by the geometry type (at most three levels).</remarks>
        public void ReadList(int depth)
        {
            Expect('(');
            do
            {
                SkipSpace();
                if (depth == 1)
                {
                    ReadCoordinate();
                }
                else
                {
                    ReadList(depth - 1);
                }

                SkipSpace();
            }
            while (TryConsume(','));

            Expect(')');
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (Index < text.Length)
            {
                throw Error(Index, $"unexpected '{text[Index]}' after the end of the geometry");
            }
        }

        public string Found() => Lexer.Found(text, Index);

        public QueryParseException Error(int index, string message) => new(option, bodyStart + index, $"invalid geography: {message}");

        private void ReadCoordinate()
        {
            var count = 0;
            while (Index < text.Length && (char.IsAsciiDigit(text[Index]) || text[Index] is '-' or '+' or '.'))
            {
                ReadNumber();
                count++;
                if (Index < text.Length && !char.IsWhiteSpace(text[Index]) && text[Index] is not (',' or ')'))
                {
                    throw Error(Index, $"unexpected '{text[Index]}' after a coordinate number");
                }

                if (count > MaxCoordinates)
                {
                    throw Error(Index, $"a coordinate has at most {MaxCoordinates} numbers");
                }

                SkipSpace();
            }

            if (count < MinCoordinates)
            {
                throw Error(Index, $"expected a coordinate of {MinCoordinates} to {MaxCoordinates} numbers but found {Found()}");
            }
        }

        private void ReadNumber()
        {
            var start = Index;
            if (text[Index] is '-' or '+')
            {
                Index++;
            }

            while (Index < text.Length && (char.IsAsciiDigit(text[Index]) || text[Index] == '.'))
            {
                Index++;
            }

            if (Index < text.Length && text[Index] is 'e' or 'E')
            {
                Index++;
                if (Index < text.Length && text[Index] is '-' or '+')
                {
                    Index++;
                }

                Index = Lexer.SkipDigits(text, Index);
            }

            var number = text.AsSpan(start, Index - start);
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw Error(start, $"'{Token.Shorten(number.ToString())}' is not a valid coordinate number");
            }
        }

        private void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error(Index, $"expected '{expected}' but found {Found()}");
            }
        }

        private bool TryConsume(char expected)
        {
            if (Index < text.Length && text[Index] == expected)
            {
                Index++;
                return true;
            }

            return false;
        }
    }
}
