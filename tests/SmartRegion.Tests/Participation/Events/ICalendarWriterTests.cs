using System.Text;
using SmartRegion.Modules.Participation.Events;

namespace SmartRegion.Tests.Participation.Events;

public sealed class ICalendarWriterTests
{
    [Theory]
    [InlineData("ş")]
    [InlineData("ع")]
    [InlineData("🎉")]
    [InlineData("a")]
    public void Fold_AnyLengthOfMultiByteText_NeverSplitsACharacterAndKeepsLinesAt75Octets(string character)
    {
        for (var prefix = 0; prefix < 8; prefix++)
        {
            var line = "SUMMARY:" + new string('x', prefix) + string.Concat(Enumerable.Repeat(character, 120));

            var folded = ICalendarWriter.Fold(line);

            var physical = folded.Split("\r\n");
            Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
            Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p, StringComparison.Ordinal));
            Assert.Equal(line, string.Concat(physical.Select((p, i) => i == 0 ? p : p[1..])));
            Assert.DoesNotContain('\uFFFD', folded);
        }
    }

    [Fact]
    public void Escape_SpecialCharacters_AreEscapedAsRfc5545Says()
    {
        Assert.Equal(@"a\\b\;c\,d\ne\nf", ICalendarWriter.Escape("a\\b;c,d\r\ne\nf"));
        Assert.Equal("ohne Steuerzeichen", ICalendarWriter.Escape("ohne\u0007 Steuerzeichen"));
    }
}
