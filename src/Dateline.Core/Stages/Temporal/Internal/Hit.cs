using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>A matched expression over tokens [StartTok, EndTok) with its normalization.</summary>
internal readonly record struct Hit(int StartTok, int EndTok, TimexType Type, string Value, string? Mod, TimeValue Time)
{
    public int Length => EndTok - StartTok;

    public Hit WithMod(string? mod, int startTok)
    {
        var time = Time;
        if (mod is not null && time.Earliest is { } e && time.Latest is { } l)
        {
            var (ne, nl) = TimeMlInterval.ApplyMod(e, l, mod);
            time = time with { Earliest = ne, Latest = nl, Mod = mod };
        }
        else
        {
            time = time with { Mod = mod };
        }

        return this with { StartTok = startTok, Mod = mod, Time = time };
    }
}
