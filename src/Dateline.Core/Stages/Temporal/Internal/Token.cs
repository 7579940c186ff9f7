namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>Extra facts the tokenizer learned about a token.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    /// <summary>First letter is upper case ("December").</summary>
    Capital = 1,
    /// <summary>Digits followed by "s" ("1990s").</summary>
    PluralS = 2,
    /// <summary>Digits followed by st/nd/rd/th ("5th").</summary>
    Ordinal = 4,
    /// <summary>A clock time "2:28" (Value = hour, Value2 = minute).</summary>
    Clock = 8,
    /// <summary>Slashed numbers "1/8/2017" or "1/2" (Value, Value2, Value3).</summary>
    Slash = 16,
    /// <summary>A paragraph break (blank line) precedes the token.</summary>
    ParagraphBefore = 32,
    /// <summary>No white space between the previous token and this one ("2:28PM", "mid-").</summary>
    Glued = 64,
    /// <summary>A number with a thousands separator or decimal point ("1,998", "2.5").</summary>
    Formatted = 128,
}

/// <summary>
/// One token of the input. Words carry the index of their lexicon entry (or -1); numbers carry their value.
/// A value type so a document's tokens are one array, no per-token allocation.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags, int Lex, int Value, int Value2, int Value3, byte Digits)
{
    public int Length => End - Start;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
