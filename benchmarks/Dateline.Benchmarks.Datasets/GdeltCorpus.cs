using System.Globalization;
using System.Text;
using Dateline.Sources.Datasets;

namespace Dateline.Benchmarks.Datasets;

/// <summary>Writes a fixed, GDELT 2.0-layout events file (61 tab-separated columns) of a given row count.</summary>
internal static class GdeltCorpus
{
    private static readonly string[] Places =
    [
        "Helmand, Helmand, Afghanistan\tAF\tAF10\t3544\t31.0\t64.0\t-3377342",
        "Aleppo, Halab, Syria\tSY\tSY09\t\t36.2028\t37.1586\t-2425155",
        "Kyiv, Kyyiv, Misto, Ukraine\tUP\tUP12\t\t50.4333\t30.5167\t-1044367",
        "Washington, District of Columbia, United States\tUS\tUSDC\tDC001\t38.8951\t-77.0364\t531871",
    ];

    public static string Write(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dateline-gdelt-{rows.ToString(CultureInfo.InvariantCulture)}.export.CSV");
        if (File.Exists(path))
        {
            return path;
        }

        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var sb = new StringBuilder(512);
        for (var i = 0; i < rows; i++)
        {
            sb.Clear();
            var place = Places[i % Places.Length];
            var day = new DateOnly(2020, 1, 1).AddDays(i % 366);
            var code = (i % 20) switch { 0 => "190", 1 => "0841", 2 => "042", 3 => "1712", 4 => "010", _ => "0" + ((i % 9) + 1).ToString(CultureInfo.InvariantCulture) + "1" };
            sb.Append(CultureInfo.InvariantCulture, $"{954680550 + i}\t{day:yyyyMMdd}\t{day:yyyyMM}\t{day:yyyy}\t{day.Year + (day.DayOfYear / 366.0):F4}\t");
            sb.Append("AFG\tAFGHANISTAN\tAFG\t\t\t\t\t\t\t\tGBR\tUNITED KINGDOM\tGBR\t\t\t\t\t\t\t\t1\t");
            sb.Append(CultureInfo.InvariantCulture, $"{code}\t{code[..3]}\t{code[..2]}\t4\t-10.0\t{(i % 7) + 1}\t1\t{(i % 5) + 1}\t2.63691683569979\t");
            sb.Append("4\t").Append(place).Append('\t').Append("1\tUnited Kingdom\tUK\tUK\t\t54.0\t-4.0\tUK\t4\t").Append(place);
            sb.Append(CultureInfo.InvariantCulture, $"\t{day:yyyyMMdd}001500\thttps://www.example-news.co.uk/news/story-{i}");
            w.Write(sb.Append('\n'));
        }

        return path;
    }

    /// <summary>Reads the file to the end and counts events and errors (so nothing is optimized away).</summary>
    public static (int Events, int Errors) ReadAll(string path)
    {
        var events = 0;
        var errors = 0;
        foreach (var r in GdeltReader.Read(path))
        {
            if (r.Event is not null)
            {
                events++;
            }
            else
            {
                errors++;
            }
        }

        return (events, errors);
    }

    /// <summary>Sanity check that the generated layout is the one the reader expects.</summary>
    public static int ColumnCount(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine()!.Split('\t').Length;
    }
}
