using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Dateline.Sources.Datasets;

/// <summary>The header of a delimited file: column names and their positions, shared by every row.</summary>
internal sealed class Header
{
    private readonly Dictionary<string, int> index;

    public Header(IReadOnlyList<string> names)
    {
        Names = names.Select(n => n.Trim()).ToArray();
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            index.TryAdd(Names[i], i);
        }
    }

    public string[] Names { get; }

    public int IndexOf(string name) => index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => index.ContainsKey(name);

    /// <summary>The required names missing from the header.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) => required.Where(r => !Has(r)).ToArray();
}

/// <summary>
/// A row's original columns by name, without copying: the header is shared and the values are the row's fields.
/// This is the <c>Raw</c> of a <see cref="Core.Model.DatasetEvent"/>.
/// </summary>
internal sealed class ColumnMap(Header header, string[] values) : IReadOnlyDictionary<string, string>
{
    public string this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => header.Names;

    public IEnumerable<string> Values => values;

    public int Count => header.Names.Length;

    public bool ContainsKey(string key) => header.Has(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = header.IndexOf(key);
        value = i >= 0 && i < values.Length ? values[i] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < header.Names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(header.Names[i], i < values.Length ? values[i] : string.Empty);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
