using Stance.Cli.Formatting;

namespace Stance.Cli;

/// <summary>The "who accuses whom" outputs of a finished batch: the --actors edge list and the report's matrix.</summary>
internal static class ActorOutputs
{
    /// <summary>Actors shown in the report's matrix.</summary>
    public const int MatrixActors = 30;

    /// <summary>Reads the batch output back and writes the edge list (when asked) and the report's matrix section (when there is a report).</summary>
    public static void Write(string output, string format, string? actorsPath, BatchReportWriter? report)
    {
        if (actorsPath is null && report is null)
        {
            return;
        }

        var graph = ActorGraphLoader.Load(output, format);
        if (actorsPath is not null)
        {
            AtomicFile.Write(actorsPath, writer => ActorEdgeList.Write(graph, writer));
        }

        if (report is not null)
        {
            report.ActorSection = ActorMatrixHtml.Render(graph, MatrixActors);
        }
    }
}
