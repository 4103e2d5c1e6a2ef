using Stance.Cli;

if (ModelLoader.LoadsDefaultModel(args))
{
    ModelLoader.PrefetchDefault();
}

var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
try
{
    return CommandLine.Run(args, stdout, Console.Error, Console.OpenStandardInput, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
}
finally
{
    stdout.Flush();
}
