using System.Runtime.CompilerServices;

namespace Dateline.Core.Stages.Resolution.Internal;

/// <summary>
/// Key → list of ints in a handful of flat arrays: the keys back to back in one char array, an open-addressing hash
/// table of key numbers, and linked postings. ~400k keys load without 400k strings or dictionary entries, and the
/// garbage collector has nothing inside to trace. Read-only once built, so safe for concurrent readers.
/// </summary>
/// <remarks>
/// Keys are numbered in the order they were first added, and <see cref="CopyTo"/> walks them in that order, as a
/// <see cref="Dictionary{TKey,TValue}"/> without removals would: a derived index gets its postings in the same order.
/// </remarks>
internal sealed class PostingIndex
{
    private char[] text;
    private int textLength;
    private int[] keyStart;
    private int[] keyLength;
    private int[] keyHash;
    private int[] heads;
    private int keyCount;
    // Slot → key number + 1; 0 is an empty slot. Always a power of two, at most half full.
    private int[] slots;
    private int[] values;
    private int[] next;
    private int count;

    /// <summary>An index with room for <paramref name="capacity"/> keys and values, keys of 12 characters on average; it grows past that.</summary>
    public PostingIndex(int capacity)
        : this(capacity, capacity, capacity * 12)
    {
    }

    private PostingIndex(int keys, int values, int textLength)
    {
        keys = Math.Max(keys, 1);
        text = new char[Math.Max(textLength, 16)];
        keyStart = new int[keys];
        keyLength = new int[keys];
        keyHash = new int[keys];
        heads = new int[keys];
        slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)keys * 2)];
        this.values = new int[Math.Max(values, 1)];
        next = new int[Math.Max(values, 1)];
    }

    /// <summary>
    /// An empty index with room for as many keys, values and characters as this one holds: enough for one that
    /// <see cref="CopyTo"/> fills from this one with keys no longer than their sources (spellings without spaces,
    /// consonant skeletons), without growing and without the slack of a guessed capacity.
    /// </summary>
    /// <example>The gazetteer's ~230k exact keys: two fuzzy indexes of ~13 MB each instead of ~23 MB at a guessed 400k.</example>
    public PostingIndex EmptyOfSameSize() => new(keyCount, count, textLength);

    /// <summary>The most words any key has ("deir ez zor" has 3).</summary>
    public int MaxWords { get; private set; }

    /// <summary>Writes a key derived from <paramref name="key"/> into <paramref name="buffer"/> (as long as the key) and returns its length.</summary>
    public delegate int Derive(ReadOnlySpan<char> key, Span<char> buffer);

    /// <summary>Copies every key's values into <paramref name="target"/> under a derived key (skipped when empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyTo(PostingIndex target, Derive derive)
    {
        var buffer = new char[256];
        for (var k = 0; k < keyCount; k++)
        {
            if (buffer.Length < keyLength[k])
            {
                buffer = new char[keyLength[k] * 2];
            }

            var length = derive(text.AsSpan(keyStart[k], keyLength[k]), buffer);
            if (length == 0)
            {
                continue;
            }

            var derived = buffer.AsSpan(0, length);
            for (var at = heads[k]; at >= 0; at = next[at])
            {
                target.Add(derived, values[at]);
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it was the last value added there.</summary>
    public void Add(string key, int value) => Add(key.AsSpan(), value);

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it was the last value added there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> key, int value)
    {
        var hash = Hash(key);
        var slot = Find(key, hash);
        int k;
        if (slots[slot] == 0)
        {
            k = NewKey(key, hash);
            slots[slot] = k + 1;
            heads[k] = -1;
            if ((keyCount * 2) > slots.Length)
            {
                Grow();
            }
        }
        else
        {
            k = slots[slot] - 1;
            if (values[heads[k]] == value)
            {
                return;
            }
        }

        if (count == values.Length)
        {
            Array.Resize(ref values, count * 2);
            Array.Resize(ref next, count * 2);
        }

        values[count] = value;
        next[count] = heads[k];
        heads[k] = count++;
    }

    /// <summary>The values under a key, most recently added first; empty when none.</summary>
    public List<int> Get(string key) => Get(key.AsSpan()) ?? [];

    /// <summary>The values under a key given as a span, or null when none (no allocation on a miss).</summary>
    public List<int>? Get(ReadOnlySpan<char> key) => slots[Find(key, Hash(key))] is var s and > 0 ? Walk(heads[s - 1]) : null;

    /// <summary>True when the key is present.</summary>
    public bool Contains(ReadOnlySpan<char> key) => slots[Find(key, Hash(key))] > 0;

    // FNV-1a over the UTF-16 code units: cheap, and keys are short lower-case words.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }

    // The slot holding the key, or the empty slot where it would go (linear probing).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var s = slots[slot];
            if (s == 0)
            {
                return slot;
            }

            var k = s - 1;
            if (keyHash[k] == hash && key.SequenceEqual(text.AsSpan(keyStart[k], keyLength[k])))
            {
                return slot;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NewKey(ReadOnlySpan<char> key, int hash)
    {
        if (keyCount == keyStart.Length)
        {
            var size = keyCount * 2;
            Array.Resize(ref keyStart, size);
            Array.Resize(ref keyLength, size);
            Array.Resize(ref keyHash, size);
            Array.Resize(ref heads, size);
        }

        if (textLength + key.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, textLength + key.Length));
        }

        key.CopyTo(text.AsSpan(textLength));
        keyStart[keyCount] = textLength;
        keyLength[keyCount] = key.Length;
        keyHash[keyCount] = hash;
        textLength += key.Length;
        MaxWords = Math.Max(MaxWords, key.Count(' ') + 1);
        return keyCount++;
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var k = 0; k < keyCount; k++)
        {
            var slot = keyHash[k] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = k + 1;
        }
    }

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
