using CsCheck;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.SensorThings.Tests;

public sealed class QueryPropertyTests
{
    private static readonly QueryLimits Limits = new();

    private static readonly string[] ValidFilters =
    [
        "result lt 10.00",
        "Datastream/Thing/name eq 'Kiel-Holtenau'",
        "not (result ge 5 and result le 7)",
        "(result sub 5) mul 2 gt 10",
        "substringof('Pegel', name)",
        "year(phenomenonTime) eq 2023",
        "phenomenonTime ge 2023-10-20T00:00:00Z and phenomenonTime lt 2023-10-22T00:00:00.5+01:00",
        "st_within(location, geography'POLYGON((10 54, 10.3 54, 10.3 54.5, 10 54.5, 10 54))')",
        "geo.distance(location, geography'POINT(10.1 54.3)') lt 0.1",
        "properties/list[1] eq 3 or properties/owner eq 'KielRegion'",
        "name eq 'O''Brien' and d eq duration'P1DT2H' and x eq -2.5E-2",
    ];

    private static readonly string ExpandText =
        "Datastreams($filter=name eq 'x';$expand=Observations($orderby=phenomenonTime desc;$top=1);$select=name,id),Locations";

    // Characters that matter to the lexer and the $expand splitter, so mutations hit the interesting paths.
    private const string MutationCharacters = "()[],;/'-.:=$@ 0123456789eEPTZ+abz_\t\u00e4\u0000";

    [Fact]
    public void PrintParsePrint_RandomTree_GivesSameText()
    {
        AstGenerators.Expression(depth: 5).Sample(
            expression =>
            {
                var printed = QueryPrinter.Print(expression);
                var reprinted = QueryPrinter.Print(QueryOptionsParser.ParseFilter(printed, Limits));
                Assert.Equal(printed, reprinted);
            },
            iter: 3_000,
            print: QueryPrinter.Print);
    }

    [Fact]
    public void PrintParsePrint_RandomOptions_GivesSameText()
    {
        AstGenerators.Options(expandDepth: 3).Sample(
            options =>
            {
                var printed = QueryPrinter.Print(options);
                var parameters = printed.Length == 0
                    ? []
                    : SplitTopLevelAmpersands(printed).Select(part => KeyValuePair.Create(part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]));
                var reprinted = QueryPrinter.Print(QueryOptionsParser.Parse(parameters, Limits));
                Assert.Equal(printed, reprinted);
            },
            iter: 1_000,
            print: QueryPrinter.Print);
    }

    [Fact]
    public void ParseFilter_RandomText_ThrowsOnlyQueryParseException()
    {
        Gen.String[Gen.Char[MutationCharacters + "ndotreqlgamx"], 0, 60].Sample(
            text => ParseOrReject(() => QueryOptionsParser.ParseFilter(text, Limits)),
            iter: 20_000);
    }

    [Fact]
    public void ParseFilter_MutatedValidFilter_ThrowsOnlyQueryParseException()
    {
        var printedTrees = AstGenerators.Expression(depth: 4).Select(QueryPrinter.Print);
        var source = Gen.Frequency((1, Gen.OneOf(ValidFilters)), (1, printedTrees));
        Mutated(source).Sample(
            text => ParseOrReject(() => QueryOptionsParser.ParseFilter(text, Limits)),
            iter: 20_000);
    }

    [Fact]
    public void Parse_MutatedOptions_ThrowsOnlyQueryParseException()
    {
        var names = Gen.OneOf("$expand", "$select", "$orderby", "$top", "$skip", "$count", "$resultFormat", "$filter");
        var values = Mutated(Gen.OneOf(ExpandText, "name,id", "phenomenonTime desc,id", "10", "true", "dataArray", ValidFilters[6]));
        Gen.Select(names, values).Sample(
            (name, value) => ParseOrReject(() => QueryOptionsParser.Parse([KeyValuePair.Create(name, value)], Limits)),
            iter: 20_000);
    }

    private static void ParseOrReject(Action parse)
    {
        try
        {
            parse();
        }
        catch (QueryParseException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
            Assert.InRange(error.Position, 0, int.MaxValue);
        }
    }

    /// <summary>Applies one to three random edits: delete a range, insert a character, duplicate a range, or truncate.</summary>
    private static Gen<string> Mutated(Gen<string> source) =>
        Gen.Select(source, Gen.Int[1, 3], Gen.Int.Array[12], Gen.Char[MutationCharacters]).Select((text, count, numbers, character) =>
        {
            for (var i = 0; i < count; i++)
            {
                var position = text.Length == 0 ? 0 : (int)((uint)numbers[i * 4] % (uint)(text.Length + 1));
                var length = (int)((uint)numbers[(i * 4) + 1] % 8);
                length = Math.Min(length, text.Length - position);
                text = ((uint)numbers[(i * 4) + 2] % 4) switch
                {
                    0 => text.Remove(position, length),
                    1 => text.Insert(position, character.ToString()),
                    2 => text.Insert(position, text.Substring(position, length)),
                    _ => text[..position],
                };
            }

            return text;
        });

    private static IEnumerable<string> SplitTopLevelAmpersands(string text)
    {
        // Printed options are not URL-encoded, so an '&' inside a quoted string must not split them.
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (text[i] == '&' && !quoted)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
