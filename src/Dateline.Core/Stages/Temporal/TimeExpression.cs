using Dateline.Core.Model;

namespace Dateline.Core.Stages.Temporal;

/// <summary>TIMEX3 type.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period ("December 30, 2016", "last December", "2017").</summary>
    Date,
    /// <summary>A time of day ("2:28PM", "this morning").</summary>
    Time,
    /// <summary>A length of time ("two days", "P3D").</summary>
    Duration,
    /// <summary>A recurrence ("every week", "daily").</summary>
    Set,
}

/// <summary>
/// A time expression found in text, normalized as TIMEX3 and located on the calendar.
/// </summary>
/// <param name="Start">Offset of the first character of the TIMEX3 span in the text.</param>
/// <param name="End">Offset just past the span's last character.</param>
/// <param name="Text">The span's text.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value as TimeML writes it (<c>2016-12-30</c>, <c>P1M</c>, <c>PRESENT_REF</c>).</param>
/// <param name="Mod">TIMEX3 mod or null.</param>
/// <param name="Time">
/// The calendar time the expression locates, for anchoring events. Usually the same as <paramref name="Value"/>;
/// for a duration used as an offset ("a month" in "a month earlier") it is the date the offset points at; for a
/// bare duration or set it has no bounds.
/// </param>
public sealed record TimeExpression(int Start, int End, string Text, TimexType Type, string Value, string? Mod, TimeValue Time);
