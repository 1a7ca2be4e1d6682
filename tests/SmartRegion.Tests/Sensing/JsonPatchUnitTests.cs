using System.Text.Json;
using System.Text.Json.Nodes;
using SmartRegion.Modules.Sensing.Storage;

namespace SmartRegion.Tests.Sensing;

/// <summary>The JSON Patch and JSON Pointer logic on its own, mostly with the examples of RFC 6902 appendix A and RFC 6901.</summary>
public sealed class JsonPatchUnitTests
{
    private static string Apply(string document, string patch)
    {
        using var operations = JsonDocument.Parse(patch);
        var result = JsonPatch.Apply(JsonNode.Parse(document), JsonPatch.Parse(operations.RootElement));
        return result?.ToJsonString() ?? "null";
    }

    private static void Same(string expected, string actual) =>
        Assert.True(JsonPatch.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}, got {actual}");

    [Theory]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux"}]""", """{"baz":"qux","foo":"bar"}""")]
    [InlineData("""{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux","baz"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", """{"foo":"bar"}""")]
    [InlineData("""{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/1"}]""", """{"foo":["bar","baz"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"replace","path":"/baz","value":"boo"}]""", """{"baz":"boo","foo":"bar"}""")]
    [InlineData(
        """{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}""",
        """[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]""",
        """{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}""")]
    [InlineData("""{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/3"}]""", """{"foo":["all","cows","eat","grass"]}""")]
    [InlineData("""{"baz":"qux","foo":["a",2,"c"]}""", """[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2.0}]""", """{"baz":"qux","foo":["a",2,"c"]}""")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/child","value":{"grandchild":{}}}]""", """{"foo":"bar","child":{"grandchild":{}}}""")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux","xyz":123}]""", """{"foo":"bar","baz":"qux"}""")]
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":10}]""", """{"/":9,"~1":10}""")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"add","path":"/foo/-","value":["abc","def"]}]""", """{"foo":["bar",["abc","def"]]}""")]
    [InlineData("""{"a":{"b":1}}""", """[{"op":"copy","from":"/a","path":"/c"},{"op":"replace","path":"/c/b","value":2}]""", """{"a":{"b":1},"c":{"b":2}}""")]
    [InlineData("""{"a":1}""", """[{"op":"replace","path":"","value":{"b":2}}]""", """{"b":2}""")]
    [InlineData("""{"a":{"x":1,"y":[1,{"z":null}]}}""", """[{"op":"test","path":"/a","value":{"y":[1,{"z":null}],"x":1.00}}]""", """{"a":{"x":1,"y":[1,{"z":null}]}}""")]
    public void Apply_FollowsTheRfcExamples(string document, string patch, string expected) => Same(expected, Apply(document, patch));

    [Theory]
    [InlineData("""{"baz":"qux"}""", """[{"op":"test","path":"/baz","value":"bar"}]""", "test failed")]
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":"10"}]""", "test failed")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz/bat","value":"qux"}]""", "nothing at /baz")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":"/nope"}]""", "nothing at /nope")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"replace","path":"/nope","value":1}]""", "nothing at /nope")]
    [InlineData("""{"foo":[1,2]}""", """[{"op":"add","path":"/foo/3","value":1}]""", "index from 0 to 2")]
    [InlineData("""{"foo":[1,2]}""", """[{"op":"add","path":"/foo/01","value":1}]""", "index")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/foo/x","value":1}]""", "not an object or array")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":""}]""", "whole document")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"copy","from":"/nope","path":"/x"}]""", "nothing at /nope")]
    public void Apply_ThatCannotApply_IsNotApplicable(string document, string patch, string expected)
    {
        var exception = Assert.Throws<JsonPatchException>(() => Apply(document, patch));

        Assert.False(exception.Malformed);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_LeavesTheOriginalAlone_EvenWhenALaterOperationFails()
    {
        var document = JsonNode.Parse("""{"name":"a","list":[1]}""");
        using var patch = JsonDocument.Parse("""[{"op":"replace","path":"/name","value":"b"},{"op":"add","path":"/list/-","value":2},{"op":"test","path":"/name","value":"a"}]""");

        Assert.Throws<JsonPatchException>(() => JsonPatch.Apply(document, JsonPatch.Parse(patch.RootElement)));

        Assert.Equal("""{"name":"a","list":[1]}""", document!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"op":"add","path":"/a","value":1}""", "array")]
    [InlineData("""[1]""", "object")]
    [InlineData("""[{"path":"/a"}]""", "\"op\"")]
    [InlineData("""[{"op":"frobnicate","path":"/a"}]""", "frobnicate")]
    [InlineData("""[{"op":"add","value":1}]""", "\"path\"")]
    [InlineData("""[{"op":"add","path":"/a"}]""", "\"value\"")]
    [InlineData("""[{"op":"replace","path":"/a"}]""", "\"value\"")]
    [InlineData("""[{"op":"move","path":"/a"}]""", "\"from\"")]
    [InlineData("""[{"op":"add","path":"a","value":1}]""", "JSON Pointer")]
    [InlineData("""[{"op":"add","path":"/a~2","value":1}]""", "~0")]
    [InlineData("""[{"op":"add","path":"/a~","value":1}]""", "~0")]
    [InlineData("""[{"op":"move","from":"/a","path":"/a/b"}]""", "own children")]
    public void Parse_Malformed_SaysWhatIsWrong(string patch, string expected)
    {
        using var document = JsonDocument.Parse(patch);

        var exception = Assert.Throws<JsonPatchException>(() => JsonPatch.Parse(document.RootElement));

        Assert.True(exception.Malformed);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/", new[] { "" })]
    [InlineData("/foo/0", new[] { "foo", "0" })]
    [InlineData("/a~1b", new[] { "a/b" })]
    [InlineData("/m~0n", new[] { "m~n" })]
    [InlineData("/~01", new[] { "~1" })]
    [InlineData("/ /c%d", new[] { " ", "c%d" })]
    public void ParsePointer_ResolvesEscapes(string text, string[] tokens)
    {
        Assert.Equal(tokens, JsonPatch.ParsePointer(text));
        Assert.Equal(text, JsonPatch.Pointer(tokens));
    }
}
