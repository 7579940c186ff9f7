using System.Runtime.InteropServices;

namespace Dateline.Core.Stages.Resolution.Internal;

/// <summary>
/// Key → list of ints, stored as linked postings in two flat arrays instead of a list per key: ~400k keys load without
/// 400k small allocations. Read-only once built, so safe for concurrent readers.
/// </summary>
internal sealed class PostingIndex
{
    private readonly Dictionary<string, int> heads;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spanHeads;
    private int[] values;
    private int[] next;
    private int count;

    public PostingIndex(int capacity)
    {
        heads = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        spanHeads = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        values = new int[capacity];
        next = new int[capacity];
    }

    /// <summary>All keys.</summary>
    public IEnumerable<string> Keys => heads.Keys;

    /// <summary>Copies every key's values into <paramref name="target"/> under a derived key (skipped when null or empty).</summary>
    public void CopyTo(PostingIndex target, Func<string, string?> derive)
    {
        foreach (var (key, head) in heads)
        {
            var derived = derive(key);
            if (string.IsNullOrEmpty(derived))
            {
                continue;
            }

            for (var at = head; at >= 0; at = next[at])
            {
                target.Add(derived, values[at]);
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it was the last value added there.</summary>
    public void Add(string key, int value)
    {
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(heads, key, out var exists);
        if (exists && values[head] == value)
        {
            return;
        }

        if (count == values.Length)
        {
            Array.Resize(ref values, count * 2);
            Array.Resize(ref next, count * 2);
        }

        values[count] = value;
        next[count] = exists ? head : -1;
        head = count++;
    }

    /// <summary>The values under a key, most recently added first; empty when none.</summary>
    public List<int> Get(string key) => heads.TryGetValue(key, out var head) ? Walk(head) : [];

    /// <summary>The values under a key given as a span, or null when none (no allocation on a miss).</summary>
    public List<int>? Get(ReadOnlySpan<char> key) => spanHeads.TryGetValue(key, out var head) ? Walk(head) : null;

    /// <summary>True when the key is present.</summary>
    public bool Contains(ReadOnlySpan<char> key) => spanHeads.ContainsKey(key);

    private List<int> Walk(int at)
    {
        var list = new List<int>(2);
        for (; at >= 0; at = next[at])
        {
            list.Add(values[at]);
        }

        return list;
    }
}
