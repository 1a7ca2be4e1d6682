using System.Text;

namespace SmartRegion.Tests.Participation.Events;

/// <summary>A small reader of RFC 5545 output, independent of the writer: splits at CRLF, unfolds, unescapes.</summary>
internal static class ICalendarParsing
{
    /// <summary>The raw octets of each line; every line must end in CRLF.</summary>
    public static List<byte[]> PhysicalLines(byte[] body)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\n')
            {
                Assert.True(i > 0 && body[i - 1] == '\r', "A line ends in LF without CR.");
                lines.Add(body[start..(i - 1)]);
                start = i + 1;
            }
            else if (body[i] == '\r')
            {
                Assert.True(i + 1 < body.Length && body[i + 1] == '\n', "A CR without LF.");
            }
        }

        Assert.Equal(body.Length, start);
        return lines;
    }

    /// <summary>Joins continuation lines (starting with a space) to their property, then decodes UTF-8.</summary>
    public static List<string> Unfold(List<byte[]> lines)
    {
        var properties = new List<List<byte>>();
        foreach (var line in lines)
        {
            if (line.Length > 0 && line[0] == ' ')
            {
                properties[^1].AddRange(line[1..]);
            }
            else
            {
                properties.Add([.. line]);
            }
        }

        return [.. properties.Select(p => new UTF8Encoding(false, true).GetString([.. p]))];
    }

    /// <summary>The properties of the VEVENT that holds <paramref name="uidLine"/>.</summary>
    public static List<string> Event(List<string> properties, string uidLine)
    {
        var uidAt = properties.IndexOf(uidLine);
        Assert.True(uidAt >= 0, $"No {uidLine}.");
        var begin = properties.LastIndexOf("BEGIN:VEVENT", uidAt);
        var end = properties.IndexOf("END:VEVENT", uidAt);
        return properties[begin..(end + 1)];
    }

    public static string Value(List<string> properties, string nameWithParameters)
    {
        var line = properties.SingleOrDefault(p => p.StartsWith(nameWithParameters + ":", StringComparison.Ordinal));
        Assert.True(line is not null, $"No {nameWithParameters} in the event.");
        return line[(nameWithParameters.Length + 1)..];
    }

    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                Assert.False(value[i] is ';' or ',', $"Unescaped {value[i]} in {value}");
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
