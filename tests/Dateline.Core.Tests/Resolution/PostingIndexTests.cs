using Dateline.Core.Stages.Resolution.Internal;

namespace Dateline.Core.Tests.Resolution;

public sealed class PostingIndexTests
{
    [Fact]
    public void Get_ValuesAddedUnderAKey_MostRecentFirstWithoutRepeats()
    {
        // Given "aleppo" for places 3, 7 and 7 again (a name and its identical ASCII name)
        var index = new PostingIndex(4);
        index.Add("aleppo", 3);
        index.Add("aleppo", 7);
        index.Add("aleppo", 7);

        // When
        var values = index.Get("aleppo");

        // Then
        Assert.Equal([7, 3], values);
    }

    [Fact]
    public void Get_MissingKey_EmptyOrNull()
    {
        // Given
        var index = new PostingIndex(4);
        index.Add("idlib", 1);

        // When / Then: the string form gives an empty list, the span form null (no allocation on a miss)
        Assert.Empty(index.Get("idli"));
        Assert.Null(index.Get("idlibb".AsSpan()));
        Assert.False(index.Contains("aleppo"));
    }

    [Fact]
    public void Add_ManyMoreKeysThanCapacity_AllFound()
    {
        // Given a capacity of 2 and 5,000 keys, so the key arrays, the text and the hash table all grow
        var index = new PostingIndex(2);
        for (var i = 0; i < 5_000; i++)
        {
            index.Add($"place {i}", i);
        }

        // When / Then
        for (var i = 0; i < 5_000; i += 499)
        {
            Assert.Equal([i], index.Get($"place {i}"));
        }

        Assert.Equal(2, index.MaxWords);
    }

    [Fact]
    public void CopyTo_DerivedKeys_KeysInFirstAddedOrderValuesMostRecentFirst()
    {
        // Given "dawlat abad" (1, then 2) and "dawlatabad" (3): both compact to "dawlatabad"
        var index = new PostingIndex(4);
        index.Add("dawlat abad", 1);
        index.Add("dawlatabad", 3);
        index.Add("dawlat abad", 2);
        var compact = new PostingIndex(4);

        // When
        index.CopyTo(compact, TextKey.CompactInto);

        // Then the first key's values come first, as a Dictionary walk gave them
        Assert.Equal([3, 1, 2], compact.Get("dawlatabad"));
    }

    [Fact]
    public void EmptyOfSameSize_FilledByCopyTo_SameAnswersAsAGuessedCapacity()
    {
        // Given an index of 3,000 names, and two copies of their spellings without spaces: one sized like the source,
        // one at a guessed capacity that grows
        var index = new PostingIndex(10_000);
        for (var i = 0; i < 3_000; i++)
        {
            index.Add($"tal {i % 1_000} abad", i);
        }

        var sized = index.EmptyOfSameSize();
        var guessed = new PostingIndex(2);

        // When
        index.CopyTo(sized, TextKey.CompactInto);
        index.CopyTo(guessed, TextKey.CompactInto);

        // Then
        Assert.Empty(sized.Get("tal 5 abad"));
        for (var i = 0; i < 1_000; i += 37)
        {
            Assert.Equal(guessed.Get($"tal{i}abad"), sized.Get($"tal{i}abad"));
            Assert.Equal(3, sized.Get($"tal{i}abad").Count);
        }
    }
}
