using System.Globalization;
using System.Text;
using Dateline.Core.Model;

namespace Dateline.Core.Export;

/// <summary>
/// Writes a Markdown brief: events grouped by month of their earliest day (undated ones last), each a bullet with
/// its date, title, status and type, and footnote references <c>[^1]</c> to the sources: each mention's outlet,
/// URL, publication time and sentence, or a dataset row's provenance and notes. Footnotes are numbered in order.
/// </summary>
public static class MarkdownBriefExporter
{
    /// <summary>The brief.</summary>
    public static string Write(IEnumerable<Event> events, string title = "Dateline brief")
    {
        var list = events.ToList();
        var sb = new StringBuilder();
        var notes = new List<string>();
        sb.Append("# ").Append(Escape(title)).Append("\n\n");
        var groups = list
            .OrderBy(e => e.Time.Earliest is null ? 1 : 0)
            .ThenBy(e => e.Time.Earliest)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .GroupBy(e => e.Time.Earliest is { } d ? new DateOnly(d.Year, d.Month, 1) : (DateOnly?)null);
        foreach (var g in groups)
        {
            sb.Append("## ").Append(g.Key is { } m ? m.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : "Undated").Append("\n\n");
            foreach (var e in g)
            {
                sb.Append("- **").Append(Escape(e.Time.Value)).Append("** ").Append(Escape(e.Title))
                    .Append(" (").Append(e.Status.ToString().ToLowerInvariant()).Append(", ").Append(Escape(e.Type)).Append(')');
                foreach (var c in e.Mentions)
                {
                    notes.Add(MentionNote(c));
                    sb.Append(CultureInfo.InvariantCulture, $"[^{notes.Count}]");
                }

                foreach (var p in e.Provenance)
                {
                    notes.Add(Escape(p) + (e.Notes is null ? string.Empty : $": “{Escape(e.Notes)}”") + (e.SourceUrl is null ? string.Empty : $" <{e.SourceUrl}>"));
                    sb.Append(CultureInfo.InvariantCulture, $"[^{notes.Count}]");
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        for (var i = 0; i < notes.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: {notes[i]}\n");
        }

        return sb.ToString();
    }

    private static string MentionNote(CitedMention c)
    {
        var parts = new List<string> { Escape(c.Outlet ?? c.Mention.ReportId) };
        if (c.Url is not null)
        {
            parts.Add($"<{c.Url}>");
        }

        if (c.Published is { } p)
        {
            parts.Add("published " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts) + $": “{Escape(c.Mention.Sentence)}”";
    }

    /// <summary>Escapes Markdown's inline specials so titles and sentences render as text ("*" → "\*").</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(ch is '\r' or '\n' ? ' ' : ch);
        }

        return sb.ToString();
    }
}
