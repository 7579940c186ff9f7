namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Turns sentences into dense vectors whose cosine says how alike they are in meaning: a sentence-embedding model such
/// as MiniLM. Given as <see cref="MergeOptions.Embedder"/>, it makes merging's text feature the cosine of the two
/// sentences' embeddings instead of the TF-IDF cosine of their words. "Rebels shelled Aleppo" and "Aleppo came under
/// rebel fire" share one content word ("aleppo") but lie close in a good embedding. Core ships no model: the
/// tools/Dateline.Embeddings project wraps one and measures it against TF-IDF on the merge set.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>
    /// One vector per sentence, in the order given, all of one length (any scale: merging normalises them). Example:
    /// <c>Embed(["Rebels shelled Aleppo.", "Aleppo came under rebel fire."])</c> gives two 384-number vectors for MiniLM.
    /// </summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences);
}
