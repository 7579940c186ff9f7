using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Stages.Temporal;
using Dateline.Sources.TimeMl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timex</c>: tags time expressions in text files, or annotates TempEval-3 TimeML files.</summary>
public sealed partial class TimexCommand : Command<TimexCommand.Settings>
{
    private readonly IAnsiConsole console;

    /// <summary>Creates the command writing to <paramref name="console"/>.</summary>
    public TimexCommand(IAnsiConsole console)
    {
        this.console = console;
        // One expression per line: never wrap at the terminal width.
        console.Profile.Width = Math.Max(console.Profile.Width, 240);
    }

    /// <summary>Arguments of <c>dateline timex</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Text files, or with --format timeml TimeML files (*.tml, *.tml.TE3input) or folders of them (searched recursively).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("text (default): print each expression; timeml: write annotated TimeML files to --out.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--out <DIR>")]
        [Description("Output folder for --format timeml.")]
        public string? Out { get; init; }

        [CommandOption("--dct <DATE>")]
        [Description("Publication date (yyyy-MM-dd) for text files; default: a yyyy-MM-dd date in the file name, else unknown.")]
        public string? Dct { get; init; }

        [CommandOption("--offsets <STYLE>")]
        [Description("duration (default, TimeML guidelines: DURATION \"a month\" in \"a month earlier\") or whole (TimeBank practice: one DATE over \"a month earlier\").")]
        [DefaultValue("duration")]
        public string Offsets { get; init; } = "duration";

        public override ValidationResult Validate()
        {
            if (Offsets is not ("duration" or "whole"))
            {
                return ValidationResult.Error($"unknown --offsets '{Offsets}' (use duration or whole)");
            }

            if (Paths.Length == 0)
            {
                return ValidationResult.Error("give at least one file or folder");
            }

            if (Format is not ("text" or "timeml"))
            {
                return ValidationResult.Error($"unknown --format '{Format}' (use text or timeml)");
            }

            if (Format == "timeml" && string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("--format timeml needs --out DIR");
            }

            if (Dct is not null && !DateOnly.TryParseExact(Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidationResult.Error($"--dct '{Dct}' is not a yyyy-MM-dd date");
            }

            return ValidationResult.Success();
        }
    }

    [GeneratedRegex(@"(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex DateInName();

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stage = new TemporalStage(new TemporalOptions { Offsets = settings.Offsets == "whole" ? OffsetStyle.WholePhrase : OffsetStyle.Duration });
        return settings.Format == "timeml" ? WriteTimeMl(stage, settings, cancellationToken) : PrintText(stage, settings, cancellationToken);
    }

    private int PrintText(TemporalStage stage, Settings settings, CancellationToken cancellationToken)
    {
        var failures = 0;
        DateOnly? fixedDct = settings.Dct is null ? null : DateOnly.ParseExact(settings.Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var file in CliFiles.Expand(settings.Paths, _ => true, console, ref failures))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!CliFiles.TryRead(file, console, out var text))
            {
                failures++;
                continue;
            }

            var dct = fixedDct ?? DctFromName(file);
            console.WriteLine($"{file}  (DCT {(dct is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown")})");
            foreach (var x in stage.Tag(text, dct))
            {
                var interval = x.Time.IsBounded
                    ? $"{x.Time.Earliest:yyyy-MM-dd}..{x.Time.Latest:yyyy-MM-dd}"
                    : x.Time.Earliest is { } e ? $"{e:yyyy-MM-dd}.." : x.Time.Latest is { } l ? $"..{l:yyyy-MM-dd}" : "-";
                var flat = x.Text.ReplaceLineEndings(" ");
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {x.Start,6}-{x.End,-6} {TimeMlFiles.TypeName(x.Type),-8} {x.Value,-18} {x.Mod ?? "",-7} {interval,-23} {x.Time.Anchor,-12} \"{flat}\""));
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private int WriteTimeMl(TemporalStage stage, Settings settings, CancellationToken cancellationToken)
    {
        var failures = 0;
        var outDir = settings.Out!;
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot create {outDir}: {ex.Message}");
            return 1;
        }

        var files = CliFiles.Expand(settings.Paths, TimeMlFiles.IsTimeMlFile, console, ref failures).ToList();
        var written = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!CliFiles.TryRead(file, console, out var raw))
            {
                failures++;
                continue;
            }

            var annotated = TimeMlFiles.Annotate(raw, stage, out var error);
            if (annotated is null)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {file}: {error}");
                failures++;
                continue;
            }

            var target = Path.Combine(outDir, TimeMlFiles.OutputName(file));
            try
            {
                File.WriteAllText(target, annotated);
                written++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {target}: {ex.Message}");
                failures++;
            }
        }

        console.WriteLine($"wrote {written} file(s) to {outDir}");
        return failures == 0 ? 0 : 1;
    }

    private static DateOnly? DctFromName(string file)
    {
        var m = DateInName().Match(Path.GetFileName(file));
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
