using System.ComponentModel;
using System.Globalization;
using Dateline.Core.Evaluation;
using Dateline.Sources.TimeMl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval timex</c>: scores system TimeML files against gold ones as TempEval-3 does.</summary>
public sealed class EvalTimexCommand : Command<EvalTimexCommand.Settings>
{
    private readonly IAnsiConsole console;

    /// <summary>Creates the command writing to <paramref name="console"/>.</summary>
    public EvalTimexCommand(IAnsiConsole console)
    {
        this.console = console;
        console.Profile.Width = Math.Max(console.Profile.Width, 240);
    }

    /// <summary>Arguments of <c>dateline eval timex</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Folder of gold *.tml files (searched recursively).")]
        public string? Gold { get; init; }

        [CommandOption("--system <DIR>")]
        [Description("Folder of system *.tml files, matched to gold files by file name.")]
        public string? System { get; init; }

        [CommandOption("--min-relaxed <F1>")]
        [Description("Fail (exit 1) when relaxed F1 is below this.")]
        [DefaultValue(0.0)]
        public double MinRelaxed { get; init; }

        [CommandOption("--min-strict <F1>")]
        [Description("Fail (exit 1) when strict F1 is below this.")]
        [DefaultValue(0.0)]
        public double MinStrict { get; init; }

        [CommandOption("--min-value <F1>")]
        [Description("Fail (exit 1) when value F1 is below this.")]
        [DefaultValue(0.0)]
        public double MinValue { get; init; }

        [CommandOption("--confusions <N>")]
        [Description("How many of the most frequent errors to print (default 25).")]
        [DefaultValue(25)]
        public int Confusions { get; init; } = 25;

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Gold) || string.IsNullOrWhiteSpace(System))
            {
                return ValidationResult.Error("give --gold DIR and --system DIR");
            }

            if (!Directory.Exists(Gold))
            {
                return ValidationResult.Error($"--gold {Gold}: no such folder");
            }

            if (!Directory.Exists(System))
            {
                return ValidationResult.Error($"--system {System}: no such folder");
            }

            foreach (var (name, v) in new[] { ("--min-relaxed", MinRelaxed), ("--min-strict", MinStrict), ("--min-value", MinValue) })
            {
                if (v is < 0 or > 1)
                {
                    return ValidationResult.Error($"{name} must be between 0 and 1");
                }
            }

            return Confusions < 0 ? ValidationResult.Error("--confusions must be 0 or more") : ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var failures = 0;
        var goldFiles = CliFiles.Expand([settings.Gold!], p => p.EndsWith(".tml", StringComparison.OrdinalIgnoreCase), console, ref failures).ToList();
        var systemByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in CliFiles.Expand([settings.System!], p => p.EndsWith(".tml", StringComparison.OrdinalIgnoreCase), console, ref failures))
        {
            systemByName.TryAdd(Path.GetFileName(f), f);
        }

        var pairs = new List<TimexDocumentPair>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = 0;
        foreach (var goldFile in goldFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(goldFile);
            if (!CliFiles.TryRead(goldFile, console, out var goldRaw) || TimeMlFiles.Read(goldRaw, out _) is not { } gold)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {goldFile}: not readable as TimeML");
                failures++;
                continue;
            }

            IReadOnlyList<TimexSpan> system = [];
            if (!systemByName.TryGetValue(name, out var systemFile))
            {
                console.MarkupLineInterpolated($"[yellow]warning:[/] no system file for {name}; its timexes count as missed");
                missing++;
            }
            else if (CliFiles.TryRead(systemFile, console, out var sysRaw) && TimeMlFiles.Read(sysRaw, out _) is { } sys)
            {
                if (sys.Text != gold.Text)
                {
                    console.MarkupLineInterpolated($"[yellow]warning:[/] {systemFile}: text differs from the gold file; spans may not align");
                }

                system = sys.Timexes;
            }
            else
            {
                console.MarkupLineInterpolated($"[red]error:[/] {systemFile}: not readable as TimeML");
                failures++;
            }

            texts[name] = gold.Text;
            pairs.Add(new TimexDocumentPair(name, gold.Timexes, system));
        }

        var s = TimexScorer.Score(pairs, n => texts.GetValueOrDefault(n), settings.Confusions);
        var inv = CultureInfo.InvariantCulture;
        console.WriteLine(string.Create(inv, $"documents {pairs.Count} (missing system files: {missing})   gold timexes {s.GoldCount}   system timexes {s.SystemCount}"));
        console.WriteLine(string.Create(inv, $"relaxed   P {s.Relaxed.Precision:F4}  R {s.Relaxed.Recall:F4}  F1 {s.Relaxed.F1:F4}"));
        console.WriteLine(string.Create(inv, $"strict    P {s.Strict.Precision:F4}  R {s.Strict.Recall:F4}  F1 {s.Strict.F1:F4}"));
        console.WriteLine(string.Create(inv, $"type  accuracy {s.TypeAccuracy:F4}   type  F1 {s.TypeF1:F4}"));
        console.WriteLine(string.Create(inv, $"value accuracy {s.ValueAccuracy:F4}   value F1 {s.ValueF1:F4}"));
        if (s.Confusions.Count > 0)
        {
            console.WriteLine("most frequent errors (kind | gold | system | count | example):");
            foreach (var c in s.Confusions)
            {
                console.WriteLine(string.Create(inv, $"  {c.Kind,-8} | {c.Gold.ReplaceLineEndings(" ")} | {c.System.ReplaceLineEndings(" ")} | {c.Count} | {c.Example.ReplaceLineEndings(" ")}"));
            }
        }

        var ok = true;
        foreach (var (name, got, min) in new[] { ("relaxed F1", s.Relaxed.F1, settings.MinRelaxed), ("strict F1", s.Strict.F1, settings.MinStrict), ("value F1", s.ValueF1, settings.MinValue) })
        {
            if (got < min)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {name} {got.ToString("F4", inv)} is below the minimum {min.ToString("F4", inv)}");
                ok = false;
            }
        }

        return ok && failures == 0 ? 0 : 1;
    }
}
