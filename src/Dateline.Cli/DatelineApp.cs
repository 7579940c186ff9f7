using Dateline.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli;

/// <summary>Builds the command tree. One sealed command per verb; tests run this with real arguments.</summary>
public static class DatelineApp
{
    /// <summary>Runs the CLI with <paramref name="args"/> and returns the process exit code.</summary>
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dateline");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            // User mistakes become one line and exit code 1; bugs still surface with their stack in DEBUG builds.
            config.SetExceptionHandler((ex, _) =>
            {
                var target = console ?? AnsiConsole.Console;
                target.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return ex is CommandAppException or UserException ? 2 : 1;
            });

            // VERBS: one AddCommand per verb, in the order `dateline --help` lists them.
            config.AddCommand<TimexCommand>("timex")
                .WithDescription("Find and normalize time expressions (TimeML TIMEX3) in text or TimeML files.")
                .WithExample("timex", "report.txt", "--dct", "2017-01-08")
                .WithExample("timex", "--format", "timeml", "--out", "out", "corpus/");
            config.AddBranch("eval", eval =>
            {
                eval.SetDescription("Score Dateline against reference data.");
                eval.AddCommand<EvalTimexCommand>("timex")
                    .WithDescription("Score TimeML TIMEX3 output against gold files as TempEval-3 does.")
                    .WithExample("eval", "timex", "--gold", "gold/", "--system", "out/", "--min-relaxed", "0.92");
            });
        });
        return app.Run(args);
    }
}

/// <summary>An error caused by the user's input: printed as one line, never with a stack trace.</summary>
public sealed class UserException(string message) : Exception(message);
