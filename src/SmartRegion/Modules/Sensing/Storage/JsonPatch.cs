using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// JSON Patch (RFC 6902) with JSON Pointers (RFC 6901), applied in memory to a copy of a JSON document: either every
/// operation applies and the patched copy is returned, or none does and the original stays as it was.
/// </summary>
internal static class JsonPatch
{
    /// <param name="Op">add, remove, replace, move, copy or test.</param>
    /// <param name="Path">The target location, already split into reference tokens (escapes resolved).</param>
    /// <param name="From">For move and copy: the source location.</param>
    /// <param name="Value">For add, replace and test (null is the JSON value null).</param>
    /// <param name="Index">The operation's place in the patch document, for messages.</param>
    public sealed record Operation(string Op, IReadOnlyList<string> Path, IReadOnlyList<string>? From, JsonNode? Value, int Index);

    private static readonly string[] Ops = ["add", "remove", "replace", "move", "copy", "test"];

    /// <summary>Reads a patch document: an array of operation objects. A malformed one raises <see cref="JsonPatchException"/> with <c>Malformed</c> set.</summary>
    public static IReadOnlyList<Operation> Parse(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("$", "a JSON Patch document is an array of operations");
        }

        var operations = new List<Operation>();
        var index = 0;
        foreach (var item in document.EnumerateArray())
        {
            var at = $"$[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(at, "an operation is an object with \"op\" and \"path\"");
            }

            var op = String(item, "op", at);
            if (!Ops.Contains(op, StringComparer.Ordinal))
            {
                throw Malformed(at + ".op", $"'{op}' is no operation; one of {string.Join(", ", Ops)} is expected");
            }

            var path = ParsePointer(String(item, "path", at), at + ".path");
            var from = op is "move" or "copy" ? ParsePointer(String(item, "from", at), at + ".from") : null;
            JsonNode? value = null;
            if (op is "add" or "replace" or "test")
            {
                if (!item.TryGetProperty("value", out var given))
                {
                    throw Malformed(at, $"the operation '{op}' needs a \"value\"");
                }

                value = JsonNode.Parse(given.GetRawText());
            }

            // RFC 6902 4.4: a location cannot be moved into one of its own children.
            if (op == "move" && from!.Count < path.Count && from.SequenceEqual(path.Take(from.Count), StringComparer.Ordinal))
            {
                throw Malformed(at + ".from", "a location cannot be moved into one of its own children");
            }

            operations.Add(new Operation(op, path, from, value, index++));
        }

        return operations;
    }

    /// <summary>Splits a JSON Pointer into its reference tokens: <c>""</c> is the whole document, <c>/a~1b/~0c</c> is ["a/b", "~c"].</summary>
    public static IReadOnlyList<string> ParsePointer(string pointer, string at = "$")
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw Malformed(at, $"'{pointer}' is no JSON Pointer; it is empty or starts with '/'");
        }

        var tokens = pointer[1..].Split('/');
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            for (var c = token.IndexOf('~', StringComparison.Ordinal); c >= 0; c = token.IndexOf('~', c + 1))
            {
                if (c + 1 >= token.Length || token[c + 1] is not ('0' or '1'))
                {
                    throw Malformed(at, $"'{pointer}': '~' is only allowed as ~0 (for ~) or ~1 (for /)");
                }
            }

            tokens[i] = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        return tokens;
    }

    /// <summary>
    /// Applies the operations in order to a copy of <paramref name="document"/> and returns the copy. An operation
    /// that cannot apply to this document (a missing location, a failed test) raises <see cref="JsonPatchException"/>.
    /// </summary>
    public static JsonNode? Apply(JsonNode? document, IReadOnlyList<Operation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var root = document?.DeepClone();
        foreach (var operation in operations)
        {
            var at = $"$[{operation.Index}]";
            switch (operation.Op)
            {
                case "add":
                    root = Add(root, operation.Path, operation.Value?.DeepClone(), at);
                    break;
                case "remove":
                    root = Remove(root, operation.Path, at);
                    break;
                case "replace":
                    root = Replace(root, operation.Path, operation.Value?.DeepClone(), at);
                    break;
                case "move":
                    var moved = Get(root, operation.From!, at + ".from")?.DeepClone();
                    root = Remove(root, operation.From!, at + ".from");
                    root = Add(root, operation.Path, moved, at);
                    break;
                case "copy":
                    root = Add(root, operation.Path, Get(root, operation.From!, at + ".from")?.DeepClone(), at);
                    break;
                default:
                    if (!DeepEquals(Get(root, operation.Path, at), operation.Value))
                    {
                        throw NotApplicable(at, $"test failed: {Pointer(operation.Path)} is {Text(Get(root, operation.Path, at))}, not {Text(operation.Value)}");
                    }

                    break;
            }
        }

        return root;
    }

    /// <summary>JSON equality as RFC 6902 4.6 defines it: numbers by value, members in any order, array items in order.</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        var kind = a?.GetValueKind() ?? JsonValueKind.Null;
        if (kind != (b?.GetValueKind() ?? JsonValueKind.Null))
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return string.Equals(a!.GetValue<string>(), b!.GetValue<string>(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                var x = a!.ToJsonString();
                var y = b!.ToJsonString();
                return decimal.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx) && decimal.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var dy)
                    ? dx == dy
                    : double.Parse(x, CultureInfo.InvariantCulture).Equals(double.Parse(y, CultureInfo.InvariantCulture));
            case JsonValueKind.Array:
                var left = a!.AsArray();
                var right = b!.AsArray();
                return left.Count == right.Count && left.Zip(right).All(pair => DeepEquals(pair.First, pair.Second));
            default:
                var objectA = a!.AsObject();
                var objectB = b!.AsObject();
                return objectA.Count == objectB.Count
                    && objectA.All(member => objectB.TryGetPropertyValue(member.Key, out var other) && DeepEquals(member.Value, other));
        }
    }

    public static string Pointer(IEnumerable<string> tokens) =>
        string.Concat(tokens.Select(t => "/" + t.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    private static JsonNode? Get(JsonNode? root, IReadOnlyList<string> path, string at)
    {
        var node = root;
        for (var i = 0; i < path.Count; i++)
        {
            var token = path[i];
            switch (node)
            {
                case JsonObject members when members.TryGetPropertyValue(token, out var member):
                    node = member;
                    break;
                case JsonArray items when ArrayIndex(token) is { } index && index < items.Count:
                    node = items[index];
                    break;
                default:
                    throw NotApplicable(at, $"there is nothing at {Pointer(path.Take(i + 1))}");
            }
        }

        return node;
    }

    private static JsonNode? Add(JsonNode? root, IReadOnlyList<string> path, JsonNode? value, string at)
    {
        if (path.Count == 0)
        {
            return value;
        }

        var parent = Get(root, path.Take(path.Count - 1).ToList(), at);
        var token = path[^1];
        switch (parent)
        {
            case JsonObject members:
                members[token] = value;
                break;
            case JsonArray items when token == "-":
                items.Add(value);
                break;
            case JsonArray items when ArrayIndex(token) is { } index && index <= items.Count:
                items.Insert(index, value);
                break;
            case JsonArray items:
                throw NotApplicable(at, $"{Pointer(path)}: an array of {items.Count} items takes an index from 0 to {items.Count}, or '-' to append");
            default:
                throw NotApplicable(at, $"{Pointer(path.Take(path.Count - 1))} is {Text(parent)}, not an object or array to add to");
        }

        return root;
    }

    private static JsonNode? Replace(JsonNode? root, IReadOnlyList<string> path, JsonNode? value, string at)
    {
        if (path.Count == 0)
        {
            return value;
        }

        switch (Get(root, path.Take(path.Count - 1).ToList(), at))
        {
            case JsonObject members when members.ContainsKey(path[^1]):
                members[path[^1]] = value;
                break;
            case JsonArray items when ArrayIndex(path[^1]) is { } index && index < items.Count:
                items[index] = value;
                break;
            default:
                throw NotApplicable(at, $"there is nothing at {Pointer(path)} to replace");
        }

        return root;
    }

    private static JsonNode? Remove(JsonNode? root, IReadOnlyList<string> path, string at)
    {
        if (path.Count == 0)
        {
            throw NotApplicable(at, "the whole document cannot be removed");
        }

        var parent = Get(root, path.Take(path.Count - 1).ToList(), at);
        var token = path[^1];
        switch (parent)
        {
            case JsonObject members when members.ContainsKey(token):
                members.Remove(token);
                break;
            case JsonArray items when ArrayIndex(token) is { } index && index < items.Count:
                items.RemoveAt(index);
                break;
            default:
                throw NotApplicable(at, $"there is nothing at {Pointer(path)}");
        }

        return root;
    }

    /// <summary>An array index as RFC 6901 writes it: 0, or digits without a leading zero.</summary>
    private static int? ArrayIndex(string token) =>
        token.Length > 0 && token.All(char.IsAsciiDigit) && (token == "0" || token[0] != '0')
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;

    private static string String(JsonElement operation, string name, string at) =>
        operation.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Malformed(at, $"the operation needs \"{name}\" as a string");

    private static string Text(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..77] + "..." : text;
    }

    private static JsonPatchException Malformed(string at, string message) => new(true, $"{at}: {message}");

    private static JsonPatchException NotApplicable(string at, string message) => new(false, $"{at}: {message}");
}

/// <summary>A patch that is malformed (<see cref="Malformed"/>: answered 400) or that cannot apply to the entity as it is now (answered 409).</summary>
internal sealed class JsonPatchException(bool malformed, string message) : Exception(message)
{
    public bool Malformed { get; } = malformed;
}
