using Dateline.Core.Model;
using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Tests.Support;

/// <summary>Builds cleaned reports and hand-made time expressions for stage tests.</summary>
internal static class Reports
{
    /// <summary>The fixed "now" of these tests: Monday 9 January 2017, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Published = new(2017, 1, 9, 10, 0, 0, TimeSpan.Zero);

    public static Report Make(string text, DateTimeOffset? published, string? outlet = "Levant Wire")
    {
        var hash = Report.HashOf(text);
        return new Report
        {
            Id = hash[..12],
            ContentHash = hash,
            Text = text,
            Source = "test.txt",
            Outlet = outlet,
            Published = published,
        };
    }

    /// <summary>A date expression on the first occurrence of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static TimeExpression Date(string text, string span, string value, string? mod = null, TimeAnchor anchor = TimeAnchor.Explicit)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{span}' is not in the text", nameof(span));
        }

        return new TimeExpression(start, start + span.Length, span, TimexType.Date, value, mod, TimeValue.FromTimeMl(value, mod, anchor));
    }
}
