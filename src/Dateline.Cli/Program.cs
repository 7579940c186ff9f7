using Dateline.Cli;

return DatelineApp.Run(args);
