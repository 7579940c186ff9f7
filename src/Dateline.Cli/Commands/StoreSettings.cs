using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>Settings shared by every verb that touches the store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>SQLite file of the store.</summary>
    [CommandOption("--db <FILE>")]
    [Description("SQLite database file (default: ./dateline.db)")]
    [DefaultValue("dateline.db")]
    public string Db { get; init; } = "dateline.db";
}
